using Microsoft.Extensions.Caching.Memory;

namespace TeamsBot.Conversations;

/// <summary>
/// Rows this instance read or wrote lately, kept in memory so an unchanged row is not written again on every turn
/// and a read need not go to the table. Never the truth: entries expire after <see cref="KeptFor"/>, which bounds how
/// stale a row can be when another instance changed it; any activity that carries a difference writes it at once.
/// </summary>
internal sealed class RecentRows<TValue> : IDisposable
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _rows = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public bool TryGet((string Partition, string Row) key, out TValue? value) => _rows.TryGetValue(key, out value);

    public void Keep((string Partition, string Row) key, TValue value) =>
        _rows.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Dispose() => _rows.Dispose();
}
