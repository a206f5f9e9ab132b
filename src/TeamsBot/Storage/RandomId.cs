namespace TeamsBot.Storage;

/// <summary>
/// Ids the bot hands out in card data (a form, a request, a roster entry): random, so one cannot be guessed or a
/// forged one name someone else's row. Card data can be forged, so an id is checked for this form before it goes
/// to storage: anything else is simply no such row, answered without a storage call (a key over the table's limit
/// would fail the call instead).
/// </summary>
public static class RandomId
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) => Guid.TryParseExact(id, "N", out _);
}
