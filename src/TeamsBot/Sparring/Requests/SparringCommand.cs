using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// <c>/sparring [urgency] [note]</c>, in the 1:1 chat or a channel. The counsellor's card in the 1:1 chat is the answer
/// there; anywhere else the bot only says the request is sent and to look in the chat: the note is never repeated
/// where others read.
/// </summary>
public sealed class SparringCommandHandler(SparringRequests requests, Texts<Strings> texts)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (urgency, note) = SparringCommandText.Parse(CommandTime.Argument(turn.CommandText));
        var started = await requests.RequestAsync(turn.Actor(), urgency, note, cancellationToken);
        var personal = turn.Activity.IsPersonal();
        if (personal && started.CounsellorReached)
        {
            return;
        }

        var answer = !started.CounsellorReached ? texts.Get("Request.Command.NotReached", started.SentTo?.Name ?? texts["Request.TheCoordinators"])
            : note is not null ? texts["Request.Command.SentNoteHere"]
            : texts["Request.Command.Sent"];
        await turn.ReplyAsync(Activity.TextMessage(answer), cancellationToken);
    }
}

/// <summary>
/// Reads what follows <c>/sparring</c>: an optional urgency word first (<c>nu</c>/<c>now</c>, <c>senere</c>/<c>later</c>/
/// <c>laterInShift</c>, <c>eftervagt</c>/<c>afterShift</c>; a colon or comma after it is allowed), the rest is the note.
/// No word: <c>now</c>, and the whole text is the note. "Nu" opens many a Danish sentence ("Nu er jeg ked af det"), so
/// <c>nu</c>/<c>now</c> is read as the urgency only alone or with a colon or comma after it.
/// </summary>
public static class SparringCommandText
{
    /// <summary>The longest note kept: a few lines for the supervisor, not a case file.</summary>
    public const int MaxNoteLength = 500;

    public static (SparringUrgency Urgency, string? Note) Parse(string? argument)
    {
        var text = argument?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (SparringUrgency.Now, null);
        }

        var parts = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var urgency = UrgencyWord(parts[0].TrimEnd(':', ',', '.'));
        if (urgency == SparringUrgency.Now && parts.Length > 1 && !parts[0].EndsWith(':') && !parts[0].EndsWith(','))
        {
            urgency = null;
        }

        var note = urgency is null ? text : parts.Length > 1 ? parts[1].Trim() : null;
        return (urgency ?? SparringUrgency.Now, string.IsNullOrWhiteSpace(note) ? null : note.Length > MaxNoteLength ? note[..MaxNoteLength] : note);
    }

    private static SparringUrgency? UrgencyWord(string word) => word.ToLowerInvariant() switch
    {
        "nu" or "now" => SparringUrgency.Now,
        "senere" or "later" or "laterinshift" => SparringUrgency.LaterInShift,
        "eftervagt" or "eftervagten" or "aftershift" => SparringUrgency.AfterShift,
        _ => null,
    };
}
