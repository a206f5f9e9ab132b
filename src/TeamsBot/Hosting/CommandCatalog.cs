using TeamsBot.Localization;

namespace TeamsBot.Hosting;

/// <summary>Every command the features registered, in registration order, with the texts that explain them.</summary>
public sealed class CommandCatalog
{
    private readonly List<(BotCommand Command, Texts Texts)> _commands = [];

    public IReadOnlyList<BotCommand> Commands => [.. _commands.Select(c => c.Command)];

    /// <summary>Each command's display name and help text, in the current culture.</summary>
    public IEnumerable<(string Display, string Help)> Describe() =>
        _commands.Select(c => (c.Command.Display, c.Texts[c.Command.HelpKey]));

    internal void Add(BotCommand command, Texts texts) => _commands.Add((command, texts));
}
