using System.Text;
using TranslationDiff.Infrastructure.Extraction;

namespace TranslationDiff.Infrastructure.Tests.Extraction;

public class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_UsesTheMetaCharset_WhenTheTransportGivesNone()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>L’État «\u00a0déclare\u00a0» : 8\u00a0000 €</p></body></html>");

        var (text, charset) = CharsetDecoder.Decode(bytes, null);

        Assert.Equal("windows-1252", charset);
        Assert.Contains("L’État «\u00a0déclare\u00a0» : 8\u00a0000 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReadsTheHttpEquivForm()
    {
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\"><p>œuvre €</p>");

        var (text, _) = CharsetDecoder.Decode(bytes, null);

        Assert.Contains("œuvre €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PrefersTheTransportCharset_OverTheMeta()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>é</p>");

        var (text, charset) = CharsetDecoder.Decode(bytes, "utf-8");

        Assert.Equal("utf-8", charset);
        Assert.Contains("<p>é</p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HonoursAByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\">ñ")).ToArray();

        var (text, _) = CharsetDecoder.Decode(bytes, null);

        Assert.EndsWith("ñ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', text);
    }

    [Fact]
    public void Decode_FallsBackToWindows1252_WhenUnlabelledBytesAreNotUtf8()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p>déjà vu</p>");

        var (text, charset) = CharsetDecoder.Decode(bytes, null);

        Assert.Equal("windows-1252", charset);
        Assert.Equal("<p>déjà vu</p>", text);
    }
}
