namespace TeamsBot.Hosting;

/// <summary>Where Teams offers a command in its command menu (the manifest's <c>commandLists</c> scopes).</summary>
[Flags]
public enum CommandMenus
{
    None = 0,
    Team = 1,
    Personal = 2,
    GroupChat = 4,
}

/// <summary>
/// A typed command. <paramref name="Name"/> and <paramref name="Aliases"/> are shown in the help card;
/// <paramref name="Spellings"/> also work but are not shown (e.g. <c>/hjaelp</c> for keyboards without æ).
/// <paramref name="HelpKey"/> is the feature's text that explains it; <paramref name="Menus"/> says where the
/// manifest must list it.
/// </summary>
public sealed record BotCommand(string Name, string HelpKey, CommandMenus Menus)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Spellings { get; init; } = [];

    /// <summary>
    /// True when the command only reads and answers (help, who is on duty, a search): running it twice changes nothing,
    /// so it takes no durable processed-once claim, only one in this instance's memory (see
    /// <c>Bot.Protocol.Hosting.Route.ReadOnly</c>). Never for a command that writes anything but the reply.
    /// </summary>
    public bool ReadOnly { get; init; }

    public IEnumerable<string> Words => [Name, .. Aliases, .. Spellings];

    /// <summary>How the help card names it: the name and its shown aliases.</summary>
    public string Display => string.Join(", ", [Name, .. Aliases]);
}
