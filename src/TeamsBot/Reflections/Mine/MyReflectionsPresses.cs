using Bot.Protocol.Invoke;

namespace TeamsBot.Reflections.Mine;

/// <summary>
/// The buttons of <c>/mine</c>. On posted cards, so the verbs never change. A form id is looked up only among the
/// presser's own reflections (from the activity), so a forged one finds nothing.
/// </summary>
public static class MyReflectionsVerbs
{
    public const string Show = "reflections.mine.show";
    public const string Open = "reflections.mine.open";
    public const string Delete = "reflections.mine.delete";
    public const string ConfirmDeleteAll = "reflections.mine.confirmDeleteAll";
    public const string DeleteAll = "reflections.mine.deleteAll";
}

/// <summary>Shows the list again (the way back).</summary>
public sealed record ShowMyReflectionsPress : ICardActionPayload
{
    public static string Verb => MyReflectionsVerbs.Show;
}

/// <summary>Opens one of the presser's reflections, with their private text.</summary>
public sealed record OpenMyReflectionPress(string FormId) : ICardActionPayload
{
    public static string Verb => MyReflectionsVerbs.Open;
}

/// <summary>Deletes one of the presser's reflections.</summary>
public sealed record DeleteMyReflectionPress(string FormId) : ICardActionPayload
{
    public static string Verb => MyReflectionsVerbs.Delete;
}

/// <summary>Asks before deleting all (what <c>/mine slet alt</c> shows too).</summary>
public sealed record ConfirmDeleteAllPress : ICardActionPayload
{
    public static string Verb => MyReflectionsVerbs.ConfirmDeleteAll;
}

/// <summary>Deletes all the presser's reflections: the confirmation card's "yes".</summary>
public sealed record DeleteAllMyReflectionsPress : ICardActionPayload
{
    public static string Verb => MyReflectionsVerbs.DeleteAll;
}
