using System.Net;
using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureErrorCatalogTests
{
    [Theory]
    [InlineData(401, 401000, "unauthorized", false)]
    [InlineData(401, 401015, "wrong-key-kind", false)]
    [InlineData(403, 403000, "forbidden", false)]
    [InlineData(403, 403001, "quota-exceeded", false)]
    [InlineData(400, 400035, "unsupported-language", false)]
    [InlineData(400, 400036, "unsupported-language", false)]
    [InlineData(400, 400050, "text-too-long", false)]
    [InlineData(400, 400077, "request-too-large", false)]
    [InlineData(400, 400072, "too-many-elements", false)]
    [InlineData(400, 400074, "bad-request", false)]
    [InlineData(415, 415000, "bad-request", false)]
    [InlineData(408, 408001, "not-ready", true)]
    [InlineData(408, 408002, "timeout", true)]
    [InlineData(429, 429000, "rate-limited", true)]
    [InlineData(429, 429001, "rate-limited", true)]
    [InlineData(429, 429002, "rate-limited", true)]
    [InlineData(500, 500000, "server-error", true)]
    [InlineData(503, 503000, "unavailable", true)]
    [InlineData(502, null, "server-error", true)]
    [InlineData(404, null, "not-found", false)]
    public void FromResponse_MapsCodeToReason(int status, int? code, string reason, bool retryable)
    {
        var failure = AzureErrorCatalog.FromResponse((HttpStatusCode)status, code, "The service's own words.", null);

        Assert.Equal(reason, failure.Reason);
        Assert.Equal(retryable, failure.Retryable);
        Assert.Equal("translate.azure-" + reason, failure.ProblemCode);
        Assert.Contains("The service's own words.", failure.Message, StringComparison.Ordinal);
        Assert.Contains(((code ?? status * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401000, "Translation__Azure__Key")]
    [InlineData(400077, "Translation__Azure__MaxCharactersPerRequest")]
    [InlineData(429001, "Translation__Azure__CharactersPerMinute")]
    public void FromResponse_NamesTheSettingToChange(int code, string setting)
    {
        var failure = AzureErrorCatalog.FromResponse((HttpStatusCode)(code / 1000), code, null, null);

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }
}
