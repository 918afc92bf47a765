using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TranslationDiff.Web.Tests.Api;

public sealed class TranslatorsEndpointTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"td-web-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _factory;

    public TranslatorsEndpointTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:ConnectionString", "Data Source=" + _database)
            .UseSetting("Translation:Engine", "none"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        File.Delete(_database);
    }

    [Fact]
    public async Task Translators_ListsTheEnginesFromConfiguration_LikeTheCli()
    {
        using var client = _factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/translators", UriKind.Relative)));

        Assert.Equal("none", json.RootElement.GetProperty("defaultEngine").GetString());
        var engines = json.RootElement.GetProperty("engines").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.True(engines["none"].GetProperty("isDefault").GetBoolean());
        Assert.False(engines["azure"].GetProperty("usable").GetBoolean());
        Assert.Contains("Translation__Azure__Key", engines["azure"].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("apertium", engines.Keys);
    }

    [Fact]
    public async Task Health_AnswersOk()
    {
        using var client = _factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/health", UriKind.Relative));

        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Api_RefusesWrites()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/translators", UriKind.Relative), null);

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
