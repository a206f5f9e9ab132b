namespace TeamsBot.Organisation;

/// <summary>
/// Someone the bot knows: their Teams id (per bot, <c>29:…</c>), their Entra object id when Teams sent it (what
/// roles are configured by), their display name, and the locale their Teams speaks. Nothing more.
/// </summary>
public sealed record Person(string TeamsId, string Name, string? EntraId = null, string? Locale = null);
