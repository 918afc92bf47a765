using System.Net;
using TranslationDiff.Infrastructure.Fetching;

namespace TranslationDiff.Infrastructure.Tests.Fetching;

public class NetworkAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    public void IsPublic_TellsPublicFromPrivateAddresses(string address, bool expected) =>
        Assert.Equal(expected, NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));
}
