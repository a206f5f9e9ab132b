using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Who is on call, on the shift cards of a team that keeps a roster: the board lists today's on-call supervisors from
/// now to the end of the day (a handover later today shows) with a call button for who is on call now, or says that
/// nobody is; the start-of-shift card and the close-down ritual's "I need to talk" say who is on call now. A team
/// without a roster gets nothing here: its cards name the configured contact (see <see cref="SparringContacts"/>).
/// Reads go through <see cref="RosterReader"/>, so a render costs no round trip while the roster is unchanged.
/// </summary>
public sealed class RosterShiftCardAdditions(RosterReader reader, RosterResolver resolver, OnCallLookup lookup, OrganisationClock clock,
    SparringContacts contacts, Texts<Rosters.Strings> texts) : IShiftCardAdditions
{
    private RosterWords Words => new(texts);

    public async Task<CardAddition> BoardContentAsync(ShiftBoardContext board, CancellationToken cancellationToken)
    {
        if (await reader.OfChannelAsync(board.ChannelId, cancellationToken) is not { Roster: var roster })
        {
            return CardAddition.None;
        }

        var (now, today) = (clock.Now, clock.Today);
        var endOfDay = clock.AtOrAcrossGap(today.AddDays(1), TimeOnly.MinValue);
        // A day past midnight, so a night that starts today shows when it really ends.
        var stretch = resolver.Between(roster, now, endOfDay + TimeSpan.FromDays(1));
        var periods = stretch.Periods.Where(p => p.From < endOfDay).ToList();
        var current = stretch.Current;
        return Board(periods, current, await reader.CallAsync(current?.Primary, cancellationToken), Words, today);
    }

    /// <summary>The board's part: today's periods from now, the one on call now marked, and a call button for them.</summary>
    public static CardAddition Board(IReadOnlyList<OnCallPeriod> periods, OnCallPeriod? current, Uri? call, RosterWords words, DateOnly today)
    {
        var texts = words.Texts;
        List<CardElement> body = [new TextBlock(texts["Board.OnCallHeader"]) { Weight = "Bolder", Spacing = "Medium" }];
        if (current is null)
        {
            body.Add(new TextBlock(texts["Board.Nobody"]) { Color = "Attention", Weight = "Bolder", Spacing = "Small" });
        }

        body.AddRange(periods.Select(p => new TextBlock(p == current
            ? texts.Get("Board.Now", words.WithBackup(p.Primary.Name, p.Backup), RosterWords.Moment(p.Until, today))
            : texts.Get("Board.Later", RosterWords.ShortSpan(p.From, p.Until, today), words.WithBackup(p.Primary.Name, p.Backup))) { Spacing = "Small" }));
        return new CardAddition(body, call is null || current is null ? [] : [new OpenUrlAction(texts.Get("OnCall.Call", current.Primary.Name), call)]);
    }

    public async Task<CardAddition> StartRitualContentAsync(StartRitualContext start, CancellationToken cancellationToken)
    {
        if (await reader.OfChannelAsync(start.Shift.ChannelId, cancellationToken) is not { Roster: var roster })
        {
            return CardAddition.None;
        }

        var now = await lookup.ForAsync(roster, cancellationToken);
        return new CardAddition([new Container(OnCallElements.Body(now, Words, clock.Today)) { Spacing = "Medium" }], OnCallElements.Calls(now, Words));
    }

    /// <summary>After "I need to talk": the intro and who is on call now, where the card would otherwise name the configured contact.</summary>
    public async Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken)
    {
        if (close.State != CloseRitualCard.State.ShowingSparring
            || await reader.OfChannelAsync(close.Shift.ChannelId, cancellationToken) is not { Roster: var roster })
        {
            return CardAddition.None;
        }

        var now = await lookup.ForAsync(roster, cancellationToken);
        List<CardElement> items = [new TextBlock(contacts.Intro), .. OnCallElements.Body(now, Words, clock.Today)];
        return new CardAddition([new Container(items) { Style = "emphasis", Spacing = "Medium" }], OnCallElements.Calls(now, Words));
    }
}
