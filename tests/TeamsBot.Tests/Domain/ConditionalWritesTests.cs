using Azure.Core.Pipeline;
using Azure.Data.Tables;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Infrastructure.StorageFaults;

namespace TeamsBot.Tests.Domain;

/// <summary>
/// Conditional writes on real Azurite, through the fault injector with the storage SDK's own retries on: a write
/// whose first attempt was applied but answered late is ours; a row another writer got in first is theirs.
/// </summary>
public sealed class ConditionalWritesTests : IDisposable
{
    private const string Partition = "p";
    private const string Row = "r";

    private readonly StorageFaults _faults = new();
    private readonly string _name = "T" + Guid.NewGuid().ToString("N")[..16] + "Rows";

    public void Dispose() => _faults.Dispose();

    [Fact]
    public async Task TryInsertAsync_AppliedButAnsweredLate_RetryIsOurs()
    {
        var (ours, other) = await TablesAsync();
        _faults.DelayAnswerOnce(InsertInto(_name));

        var result = await ours.TryInsertAsync(Entity("ours"), default);

        Assert.Equal(1, _faults.Delayed);
        Assert.True(result.Written);
        var stored = await ReadAsync(other);
        Assert.Equal("ours", stored.GetString("Value"));
        Assert.Equal(stored.ETag, result.Row!.ETag);
    }

    [Fact]
    public async Task TryInsertAsync_AnotherWriterInsertedFirst_ConflictWithTheirRow()
    {
        var (ours, other) = await TablesAsync();
        await other.AddEntityAsync(Entity("theirs"));

        var result = await ours.TryInsertAsync(Entity("ours"), default);

        Assert.False(result.Written);
        Assert.Equal("theirs", result.Row!.GetString("Value"));
        Assert.Equal("theirs", (await ReadAsync(other)).GetString("Value"));
    }

    [Fact]
    public async Task TryInsertAsync_FirstAttemptLostWhileAnotherWriterInserts_RetryIsAConflict()
    {
        var (ours, other) = await TablesAsync();
        _faults.FailOnce(InsertInto(_name), () => other.AddEntityAsync(Entity("theirs")));

        var result = await ours.TryInsertAsync(Entity("ours"), default);

        Assert.Equal(1, _faults.Failed); // The SDK retried, and met a 409 that was not ours.
        Assert.False(result.Written);
        Assert.Equal("theirs", result.Row!.GetString("Value"));
    }

    [Fact]
    public async Task TryReplaceAsync_AppliedButAnsweredLate_RetryIsOurs()
    {
        var (ours, other) = await TablesAsync();
        var read = (await other.AddEntityAsync(Entity("before"))).Headers.ETag!.Value;
        _faults.DelayAnswerOnce(UpdateIn(_name));

        var result = await ours.TryReplaceAsync(Entity("ours"), read, default);

        Assert.Equal(1, _faults.Delayed);
        Assert.True(result.Written);
        var stored = await ReadAsync(other);
        Assert.Equal("ours", stored.GetString("Value"));
        Assert.Equal(stored.ETag, result.Row!.ETag);
    }

    [Fact]
    public async Task TryReplaceAsync_AnotherWriterUpdatedFirst_ConflictWithTheirRow()
    {
        var (ours, other) = await TablesAsync();
        var read = (await other.AddEntityAsync(Entity("before"))).Headers.ETag!.Value;
        await other.UpdateEntityAsync(Entity("theirs"), read, TableUpdateMode.Replace);

        var result = await ours.TryReplaceAsync(Entity("ours"), read, default);

        Assert.False(result.Written);
        Assert.Equal("theirs", result.Row!.GetString("Value"));
        Assert.Equal("theirs", (await ReadAsync(other)).GetString("Value"));
    }

    [Fact]
    public async Task TryReplaceAsync_FirstAttemptLostWhileAnotherWriterUpdates_RetryIsAConflict()
    {
        var (ours, other) = await TablesAsync();
        var read = (await other.AddEntityAsync(Entity("before"))).Headers.ETag!.Value;
        _faults.FailOnce(UpdateIn(_name), () => other.UpdateEntityAsync(Entity("theirs"), read, TableUpdateMode.Replace));

        var result = await ours.TryReplaceAsync(Entity("ours"), read, default);

        Assert.Equal(1, _faults.Failed);
        Assert.False(result.Written);
        Assert.Equal("theirs", result.Row!.GetString("Value"));
    }

    [Fact]
    public async Task TryReplaceAsync_RowDeletedMeanwhile_ConflictWithNoRow()
    {
        var (ours, other) = await TablesAsync();
        var read = (await other.AddEntityAsync(Entity("before"))).Headers.ETag!.Value;
        await other.DeleteEntityAsync(Partition, Row);

        var result = await ours.TryReplaceAsync(Entity("ours"), read, default);

        Assert.False(result.Written);
        Assert.Null(result.Row);
    }

    [Fact]
    public async Task ChangeAsync_TenParallelWriters_NoChangeIsLost()
    {
        var (_, table) = await TablesAsync();
        var writers = Enumerable.Range(0, 10).Select(i => $"writer{i}").ToList();

        var results = await Task.WhenAll(writers.Select(writer => table.ChangeAsync(Partition, Row, current =>
        {
            var names = Names(current);
            return names.Contains(writer) ? RowChange.None(writer) : RowChange.To(Entity(string.Join(',', names.Append(writer))), writer);
        }, default)));

        Assert.All(results, r => Assert.Equal(ChangeOutcome.Written, r.Outcome));
        Assert.Equal(writers, Names(await ReadAsync(table)).Order());
    }

    [Fact]
    public async Task ChangeAsync_WriteAnsweredLate_AppliedOnce()
    {
        var (ours, other) = await TablesAsync();
        await other.AddEntityAsync(Entity("0"));
        _faults.DelayAnswerOnce(UpdateIn(_name));

        // Not idempotent: taking our own late write for someone else's would count twice.
        var result = await ours.ChangeAsync(Partition, Row, current => RowChange.To(Entity(Increment(current!)), 0), default);

        Assert.Equal(1, _faults.Delayed);
        Assert.Equal(ChangeOutcome.Written, result.Outcome);
        Assert.Equal("1", (await ReadAsync(other)).GetString("Value"));
    }

    [Fact]
    public async Task ChangeAsync_NothingToChange_UnchangedAndNotWritten()
    {
        var (ours, other) = await TablesAsync();
        var before = (await other.AddEntityAsync(Entity("done"))).Headers.ETag!.Value;

        var result = await ours.ChangeAsync(Partition, Row, current => RowChange.None(current!.GetString("Value")), default);

        Assert.Equal(ChangeOutcome.Unchanged, result.Outcome);
        Assert.Equal("done", result.Result);
        Assert.Equal(before, (await ReadAsync(other)).ETag);
    }

    [Fact]
    public async Task ChangeAsync_AssumedAbsentButThere_AppliesTheChangeToTheStoredRow()
    {
        var (ours, other) = await TablesAsync();
        await other.AddEntityAsync(Entity("a"));

        var result = await ours.ChangeAsync(Partition, Row,
            current => RowChange.To(Entity(current is null ? "b" : current.GetString("Value") + ",b"), 0), assumeAbsent: true, default);

        Assert.Equal(ChangeOutcome.Written, result.Outcome);
        Assert.Equal("a,b", (await ReadAsync(other)).GetString("Value"));
    }

    private static TableEntity Entity(string value) => new(Partition, Row) { ["Value"] = value };

    private static List<string> Names(TableEntity? row) =>
        row?.GetString("Value") is { Length: > 0 } value ? [.. value.Split(',')] : [];

    private static string Increment(TableEntity row) =>
        (int.Parse(row.GetString("Value"), System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<TableEntity> ReadAsync(TableClient table) => (await table.GetEntityAsync<TableEntity>(Partition, Row)).Value;

    /// <summary>Our client (faults injected, the app's retries on, a short timeout) and another writer's (direct).</summary>
    private async Task<(TableClient Ours, TableClient Other)> TablesAsync()
    {
        var options = StorageServiceCollectionExtensions.ClientOptions(new StorageOptions
        {
            ConnectionString = Azurite.ConnectionString,
            RequestTimeout = TimeSpan.FromSeconds(2),
            RetryDelay = TimeSpan.FromMilliseconds(20),
        });
        options.Transport = new HttpClientTransport(new HttpClient(_faults));
        var ours = new TableServiceClient(Azurite.ConnectionString, options).GetTableClient(_name);
        var other = new TableClient(Azurite.ConnectionString, _name);
        await other.CreateAsync();
        return (ours, other);
    }
}
