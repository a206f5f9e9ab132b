using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Help;

/// <summary>Every registered command with what it does.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(IEnumerable<(string Display, string Help)> commands, Texts texts, string? unknownCommand = null)
    {
        List<CardElement> body = [];
        if (!string.IsNullOrWhiteSpace(unknownCommand))
        {
            // Bold in the default colour: Teams' Warning colour is hard to read on its light and dark themes.
            body.Add(new TextBlock(texts.Get("Help.Unknown", Truncate(unknownCommand))) { Weight = "Bolder" });
        }

        body.Add(TextBlock.Heading(texts["Help.Title"]));
        body.Add(new TextBlock(texts["Help.Intro"]));
        body.Add(new FactSet([.. commands.Select(c => new Fact(c.Display, c.Help))]));
        return new AdaptiveCard(body);
    }

    // The unknown text goes back only into the thread where its author wrote it (already visible there), kept short.
    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
