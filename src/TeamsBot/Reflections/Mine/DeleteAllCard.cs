using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Reflections.Mine;

/// <summary>The question before <c>/mine slet alt</c> deletes everything: it cannot be undone.</summary>
public static class DeleteAllCard
{
    public static AdaptiveCard Build(Texts texts)
    {
        var title = texts["DeleteAll.Title"];
        return new AdaptiveCard(
            [TextBlock.Heading(title), new TextBlock(texts["DeleteAll.Text"])],
            [
                ExecuteAction.For(texts["DeleteAll.Yes"], new DeleteAllMyReflectionsPress()) with { Style = "destructive" },
                ExecuteAction.For(texts["DeleteAll.No"], new ShowMyReflectionsPress()),
            ]) { Speak = title };
    }
}
