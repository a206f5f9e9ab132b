using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Overview;

/// <summary><c>/overblik</c>: a coordinator's overview in the 1:1 chat (this week and the four before it), from every source.</summary>
public sealed class OverviewHandler(IEnumerable<IOverviewSource> sources, OverviewAccess access, OrganisationClock clock, Texts<Strings> texts)
{
    public const int Weeks = 5;

    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Never figures outside the 1:1 chat: in a channel they would be shown to the whole team.
        var reply = access.Refusal(turn) is { } refusal
            ? Activity.TextMessage(refusal)
            : Activity.CardMessage(await BuildAsync(cancellationToken));
        await turn.ReplyAsync(reply, cancellationToken);
    }

    public async Task<InvokeResponse> OnShowAsync(TurnContext turn, ShowOverviewPress press, CancellationToken cancellationToken) =>
        access.Refusal(turn) is { } refusal
            ? AdaptiveCardInvokeResponse.Message(refusal)
            : AdaptiveCardInvokeResponse.Card(await BuildAsync(cancellationToken));

    private async Task<AdaptiveCard> BuildAsync(CancellationToken cancellationToken)
    {
        var request = new OverviewRequest(IsoWeek.Recent(clock.Today, Weeks));
        List<OverviewSection> sections = [];
        foreach (var source in sources)
        {
            sections.Add(await source.SectionAsync(request, cancellationToken));
        }

        return OverviewCard.Build(request.Weeks, sections, texts);
    }
}
