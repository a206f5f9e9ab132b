namespace TeamsBot.Reflections.Mine;

/// <summary>
/// What follows <c>/mine</c> or <c>/my</c>: the router matches the first word only, so <c>/mine refleksioner</c> and
/// <c>/my reflections</c> arrive here whole, and <c>slet alt</c> / <c>delete all</c> asks to delete everything.
/// </summary>
public static class MineCommand
{
    private static readonly string[] Nouns = ["refleksioner", "reflections"];
    private static readonly string[] DeleteAll = ["slet alt", "slet alle", "delete all"];

    public static bool AsksToDeleteAll(string commandText)
    {
        var words = commandText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        if (words.Count > 0 && Nouns.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        return DeleteAll.Contains(string.Join(' ', words), StringComparer.OrdinalIgnoreCase);
    }
}
