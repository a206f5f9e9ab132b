using TeamsBot.Cards;

namespace TeamsBot.Shifts;

/// <summary>
/// What another feature adds to the shift cards (the reflection form's "Call ended" button, later sparring), so the
/// cards show it without Shifts knowing the feature. A feature implements the places it uses and registers itself with
/// <see cref="ShiftCardAdditionsRegistration.AddShiftCardAdditions{TAdditions}"/>. Each place is asked in the culture the
/// card is rendered in (the board's language, or the counsellor's), so the feature's own texts come out in the card's
/// language. A failing addition is logged and the card goes out without it: it never costs a check-in or check-out.
/// </summary>
public interface IShiftCardAdditions
{
    /// <summary>
    /// Buttons for the channel's live board, after check-in and check-out. One render is shared by everyone in the
    /// channel, so a button cannot name a person: its handler acts for whoever pressed it. It should answer with a
    /// message, not a card: a card answer replaces the board in the presser's Teams.
    /// </summary>
    IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) => [];

    /// <summary>
    /// Content for the channel's board that must be read from storage (who is on call today): elements after who is
    /// on duty, buttons after the board's own. Asked on every render of the board and of its <c>/vagt</c> snapshot, so
    /// it should be one cheap read. Same rule as <see cref="BoardButtons"/>: nothing that names the presser.
    /// </summary>
    Task<CardAddition> BoardContentAsync(ShiftBoardContext board, CancellationToken cancellationToken) => Task.FromResult(CardAddition.None);

    /// <summary>
    /// Buttons for the start-of-shift checklist in the counsellor's 1:1 chat, before its links. A card answer to
    /// one of them replaces the checklist, so a handler that sends something new answers with a message.
    /// </summary>
    IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) => [];

    /// <summary>
    /// Content for the start-of-shift checklist that must be read from storage (who is on call now): elements after the
    /// checklist, buttons with the card's links.
    /// </summary>
    Task<CardAddition> StartRitualContentAsync(StartRitualContext start, CancellationToken cancellationToken) => Task.FromResult(CardAddition.None);

    /// <summary>
    /// Content for the close-down ritual after check-out: elements after its checklist, buttons after its own. Asked
    /// again each time the card is rendered (check-out, and its own buttons' answers), so it may read storage and
    /// show what is true at that moment.
    /// </summary>
    Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken) => Task.FromResult(CardAddition.None);
}

/// <summary>The board being rendered: its channel and local day.</summary>
public sealed record ShiftBoardContext(string ChannelId, DateOnly Day);

/// <summary>The shift that just began, and so its counsellor.</summary>
public sealed record StartRitualContext(Shift Shift);

/// <summary>The closed shift the ritual belongs to, the reference its buttons carry, and what the card is showing.</summary>
public sealed record CloseRitualContext(Shift Shift, ShiftRef Ref, CloseRitualCard.State State);

/// <summary>Card elements and buttons a feature adds to a card.</summary>
public sealed record CardAddition(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    public static readonly CardAddition None = new([], []);

    public bool IsEmpty => Body.Count == 0 && Actions.Count == 0;
}
