# One image for every role (web, worker, CLI). Build: docker build -t translationdiff .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/TranslationDiff.Cli -c Release -o /app/cli \
 && dotnet publish src/TranslationDiff.Web -c Release -o /app/web

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends apertium apertium-fr-es apertium-eng-spa apertium-eng-cat apertium-fra-cat apertium-spa-cat wamerican-large wbritish-large \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app /app
COPY seeds /app/seeds
COPY jobs /app/jobs
USER app
ENTRYPOINT ["dotnet", "/app/web/TranslationDiff.Web.dll"]
