namespace ManifestPackager;

/// <summary>A problem the person running the packager can fix; its message says how.</summary>
public sealed class PackagingException : Exception
{
    public PackagingException()
    {
    }

    public PackagingException(string message)
        : base(message)
    {
    }

    public PackagingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
