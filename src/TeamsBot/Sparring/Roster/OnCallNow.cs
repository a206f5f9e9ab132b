using TeamsBot.Cards;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>Who is on call in a team now, with call links where their sign-in names are known; the next period when nobody is.</summary>
public sealed record OnCallNow(bool HasRoster, OnCallPeriod? Period, Uri? PrimaryCall, Uri? BackupCall, OnCallPeriod? Next)
{
    public static readonly OnCallNow NoRoster = new(false, null, null, null, null);
}

/// <summary>Reads who is on call now in a team (through the short-lived <see cref="RosterReader"/>).</summary>
public sealed class OnCallLookup(RosterReader reader, RosterResolver resolver)
{
    public async Task<OnCallNow> NowAsync(DutyChannel team, CancellationToken cancellationToken) =>
        await ForAsync(await reader.GetAsync(team.TeamKey, cancellationToken), cancellationToken);

    public async Task<OnCallNow> ForAsync(Roster roster, CancellationToken cancellationToken)
    {
        if (roster.IsEmpty)
        {
            return OnCallNow.NoRoster;
        }

        var week = resolver.NextSevenDays(roster);
        var now = week.Current;
        return new OnCallNow(true, now, await reader.CallAsync(now?.Primary, cancellationToken), await reader.CallAsync(now?.Backup, cancellationToken),
            now is null && week.Periods.Count > 0 ? week.Periods[0] : null);
    }
}

/// <summary>The lines and call buttons that say who is on call now: on /bagvagt, the roster card and the shift cards.</summary>
public static class OnCallElements
{
    public static List<CardElement> Body(OnCallNow now, RosterWords words, DateOnly today)
    {
        var texts = words.Texts;
        if (now.Period is { } period)
        {
            List<CardElement> body = [new TextBlock(texts.Get("OnCall.Now", period.Primary.Name, RosterWords.Moment(period.Until, today))) { Weight = "Bolder" }];
            if (period.Backup is { } backup)
            {
                body.Add(new TextBlock(texts.Get("OnCall.Backup", backup.Name)) { Spacing = "Small" });
            }

            return body;
        }

        List<CardElement> nobody = [new TextBlock(texts["OnCall.Nobody"]) { Weight = "Bolder", Color = "Attention" }];
        if (now.Next is { } next)
        {
            nobody.Add(new TextBlock(texts.Get("OnCall.Next", next.Primary.Name, RosterWords.Moment(next.From, today))) { Spacing = "Small" });
        }

        return nobody;
    }

    /// <summary>Call buttons for who is on call now; none for someone whose sign-in name is unknown.</summary>
    public static List<CardAction> Calls(OnCallNow now, RosterWords words)
    {
        List<CardAction> calls = [];
        if (now.Period is { } period && now.PrimaryCall is { } primary)
        {
            calls.Add(new OpenUrlAction(words.Texts.Get("OnCall.Call", period.Primary.Name), primary));
        }

        if (now.Period?.Backup is { } backup && now.BackupCall is { } backupCall)
        {
            calls.Add(new OpenUrlAction(words.Texts.Get("OnCall.Call", backup.Name), backupCall));
        }

        return calls;
    }
}
