using System.Text;
using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureWireFormatTests
{
    [Fact]
    public void WriteTranslateBody_WritesTextObjects_InPlainUtf8()
    {
        var body = Encoding.UTF8.GetString(AzureWireFormat.WriteTranslateBody(["Un \"mot\" à l'été", "二"]));

        Assert.Equal("[{\"Text\":\"Un \\\"mot\\\" à l'été\"},{\"Text\":\"二\"}]", body);
    }

    [Fact]
    public void ReadTranslateBody_ReadsTextAndSentenceLengths()
    {
        const string json = """
            [{"translations":[{"text":"La réponse. Deux.","to":"fr","sentLen":{"srcSentLen":[12,4],"transSentLen":[12,5]}}]},
             {"translations":[{"text":"Sans longueurs.","to":"fr"}]}]
            """;

        var items = AzureWireFormat.ReadTranslateBody(json, 2, out var error);

        Assert.Null(error);
        Assert.Equal("La réponse. Deux.", items![0].Text);
        Assert.Equal([12, 5], items[0].SentenceLengths);
        Assert.Null(items[1].SentenceLengths);
    }

    [Theory]
    [InlineData("[{\"translations\":[{\"text\":", "not valid JSON")]
    [InlineData("{\"translations\":[]}", "expected a JSON array")]
    [InlineData("[]", "expected 1 results, got 0")]
    [InlineData("[{\"translations\":[]}]", "no \"translations\"")]
    [InlineData("[{\"translations\":[{\"to\":\"en\"}]}]", "no translated \"text\"")]
    public void ReadTranslateBody_SaysWhatIsWrong_WhenShapeIsWrong(string json, string expected)
    {
        var items = AzureWireFormat.ReadTranslateBody(json, 1, out var error);

        Assert.Null(items);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadError_ReadsCodeAndMessage()
    {
        var (code, message) = AzureWireFormat.ReadError("{\"error\":{\"code\":400036,\"message\":\"The target language is not valid.\"}}");

        Assert.Equal(400036, code);
        Assert.Equal("The target language is not valid.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"message\":\"no error object\"}")]
    public void ReadError_ReturnsNulls_WhenBodyIsNotAnErrorObject(string body)
    {
        Assert.Equal((null, null), AzureWireFormat.ReadError(body));
    }

    [Fact]
    public void ReadLanguages_ReadsTranslationScopeKeys()
    {
        var codes = AzureWireFormat.ReadLanguages("{\"translation\":{\"fr\":{\"name\":\"French\"},\"zh-Hans\":{\"name\":\"Chinese\"}}}", out var error);

        Assert.Null(error);
        Assert.Equal(["fr", "zh-Hans"], codes);
    }
}
