namespace TeamsBot.Storage;

/// <summary>Checks a storage connection string names the service endpoint a client needs.</summary>
public static class StorageConnectionString
{
    /// <summary>
    /// The connection string, if it can reach <paramref name="endpointKey"/>'s service. One that lists endpoints explicitly
    /// (Azurite's, or a table-only one from before queues were used) but not this one would otherwise send the SDK to a
    /// made-up public address; stop instead and say which key is missing.
    /// </summary>
    public static string Requiring(string connectionString, string endpointKey)
    {
        var keys = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var listsEndpoints = keys.Any(k => k.EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase));
        if (listsEndpoints && !keys.Contains(endpointKey) && !keys.Contains("UseDevelopmentStorage"))
        {
            throw new InvalidOperationException(
                $"Storage:ConnectionString lists service endpoints but not {endpointKey}. It must be the connection string of one storage " +
                "account serving tables, queues and blobs: an Azure Storage account's, or Azurite's with BlobEndpoint, QueueEndpoint and TableEndpoint.");
        }

        return connectionString;
    }
}
