using Bot.Protocol.Invoke;

namespace TeamsBot.Reflections.Overview;

/// <summary>
/// Opens a shared reflection for a coordinator. The data names it (its counsellor's Teams id and the form id) and is
/// never trusted: the handler checks the presser is a coordinator in the 1:1 chat and that the reflection is shared.
/// </summary>
public sealed record ReadSharedReflectionPress(string CounsellorId, string FormId) : ICardActionPayload
{
    // On posted cards, so it never changes.
    public static string Verb => "reflections.readShared";

    public static ReadSharedReflectionPress For(Reflection reflection) => new(reflection.Counsellor.TeamsId, reflection.FormId);
}
