using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>A fresh set of tables on the shared Azurite, for one test.</summary>
public static class TestTables
{
    public static async Task<Tables> CreateAsync(params string[] names)
    {
        var options = Options.Create(new StorageOptions
        {
            ConnectionString = Azurite.ConnectionString,
            TablePrefix = "T" + Guid.NewGuid().ToString("N")[..16],
        });
        var tables = new Tables(new TableServiceClient(options.Value.ConnectionString), options, names);
        foreach (var name in tables.All)
        {
            await tables.Get(name).CreateIfNotExistsAsync();
        }

        return tables;
    }
}
