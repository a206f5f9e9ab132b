using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Overview;

/// <summary>
/// Who may see the overview and what a source's card presses need: the check (a coordinator, in the 1:1 chat, read
/// from the activity, never from card data) and the way back to the overview.
/// </summary>
public sealed class OverviewAccess(Roles roles, Texts<Strings> texts)
{
    /// <summary>Null for a coordinator in the 1:1 chat; otherwise the polite refusal to answer with.</summary>
    public string? Refusal(TurnContext turn) =>
        !turn.Activity.IsPersonal() ? texts["Overview.OnlyPersonal"]
        : !roles.IsCoordinator(turn.Actor()) ? texts["Overview.OnlyCoordinators"]
        : null;

    /// <summary>A button that shows the overview again in place of the card it is on.</summary>
    public CardAction BackButton() => ExecuteAction.For(texts["Overview.Back"], new ShowOverviewPress());
}
