namespace TranslationDiff.Infrastructure.Fetching;

/// <summary>Raised inside the connect callback when a host resolves to a non-public address.</summary>
internal sealed class BlockedAddressException : Exception
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
