namespace TeamsBot.DueWork;

/// <summary>One piece of work that falls due at a time: what kind, which one of that kind, when, and what it needs.</summary>
/// <param name="Kind">Names the handler that runs it, e.g. <c>shift-overdue</c>.</param>
/// <param name="Key">Which item of that kind, e.g. a shift id; scheduling the same kind and key again replaces it.</param>
/// <param name="DueAt">When it falls due, by the app's <see cref="TimeProvider"/>.</param>
/// <param name="Payload">Whatever the handler needs beyond the key (kept small: a table property holds at most 32 K characters).</param>
public sealed record DueItem(string Kind, string Key, DateTimeOffset DueAt, string? Payload);
