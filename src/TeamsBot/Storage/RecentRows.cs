using Microsoft.Extensions.Caching.Memory;

namespace TeamsBot.Storage;

/// <summary>
/// Rows this instance read or wrote lately, kept in memory so an unchanged row is not written again on every turn
/// and a read need not go to the table. Never the truth: entries expire after <see cref="KeptFor"/>, which bounds how
/// stale a row can be when another instance changed it; a user of it either writes any difference at once or writes
/// under the kept row's ETag, so a stale entry costs a round trip, never a lost change.
/// </summary>
internal sealed class RecentRows<TValue>(TimeSpan? keptFor = null) : IDisposable
{
    public static readonly TimeSpan DefaultKeptFor = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _rows = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public TimeSpan KeptFor { get; } = keptFor ?? DefaultKeptFor;

    public bool TryGet((string Partition, string Row) key, out TValue? value) => _rows.TryGetValue(key, out value);

    public void Keep((string Partition, string Row) key, TValue value) =>
        _rows.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Forget((string Partition, string Row) key) => _rows.Remove(key);

    public void Dispose() => _rows.Dispose();
}
