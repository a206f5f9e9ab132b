using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.DueWork;

public sealed class StorageConnectionStringTests
{
    [Fact]
    public void Requiring_TableOnlyConnectionString_ThrowsNamingTheMissingEndpoint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnectionString.Requiring(Azurite.ConnectionStringFor(10002), "QueueEndpoint"));

        Assert.Contains("Storage:ConnectionString lists service endpoints but not QueueEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net")]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("AccountName=a;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:10001/a;TableEndpoint=http://127.0.0.1:10002/a")]
    public void Requiring_AccountOrExplicitQueueEndpoint_ReturnsTheConnectionString(string connectionString)
    {
        Assert.Equal(connectionString, StorageConnectionString.Requiring(connectionString, "QueueEndpoint"));
    }
}
