using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections.Mine;

/// <summary>
/// <c>/mine</c> and its buttons: a counsellor's own reflections in their 1:1 chat, to read and delete. Whose they are
/// comes from the activity; a form id from a card is looked up among the presser's own only.
/// </summary>
public sealed class MyReflectionsHandler(
    IReflectionStore store, PrivateTextProtection protection, ReflectionLabels labels, OrganisationClock clock, IOptions<ReflectionOptions> options, Texts<Strings> texts)
{
    /// <summary>How far back the list goes.</summary>
    public const int Days = 30;

    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Never a list outside the 1:1 chat: in a channel or group chat others would read it.
        var reply = !turn.Activity.IsPersonal() ? Activity.TextMessage(texts["Mine.OnlyPersonal"])
            : MineCommand.AsksToDeleteAll(turn.CommandText) ? Activity.CardMessage(DeleteAllCard.Build(texts))
            : Activity.CardMessage(await ListAsync(turn, notice: null, cancellationToken));
        await turn.ReplyAsync(reply, cancellationToken);
    }

    public Task<InvokeResponse> OnShowAsync(TurnContext turn, ShowMyReflectionsPress press, CancellationToken cancellationToken) =>
        AnswerAsync(turn, () => ListAsync(turn, notice: null, cancellationToken));

    public Task<InvokeResponse> OnOpenAsync(TurnContext turn, OpenMyReflectionPress press, CancellationToken cancellationToken) =>
        AnswerAsync(turn, async () => await store.GetAsync(turn.Actor().TeamsId, press.FormId, cancellationToken) is { State: ReflectionState.Submitted, Answers: not null } reflection
            ? MyReflectionCard.Build(reflection, protection.Reveal(reflection), options.Value.PrivateTextDays, labels, texts)
            : await ListAsync(turn, texts["Mine.Gone"], cancellationToken));

    public Task<InvokeResponse> OnDeleteAsync(TurnContext turn, DeleteMyReflectionPress press, CancellationToken cancellationToken) =>
        AnswerAsync(turn, async () =>
        {
            var deleted = await store.DeleteAsync(turn.Actor().TeamsId, press.FormId, clock.Now, cancellationToken);
            var notice = deleted is null ? texts["Mine.Gone"] : texts.Get("Mine.Deleted", labels.When(deleted.IssuedAt));
            return await ListAsync(turn, notice, cancellationToken);
        });

    public Task<InvokeResponse> OnConfirmDeleteAllAsync(TurnContext turn, ConfirmDeleteAllPress press, CancellationToken cancellationToken) =>
        AnswerAsync(turn, () => Task.FromResult(DeleteAllCard.Build(texts)));

    public Task<InvokeResponse> OnDeleteAllAsync(TurnContext turn, DeleteAllMyReflectionsPress press, CancellationToken cancellationToken) =>
        AnswerAsync(turn, async () =>
        {
            var count = await store.DeleteAllAsync(turn.Actor().TeamsId, clock.Now, cancellationToken);
            var notice = count switch
            {
                0 => texts["DeleteAll.Nothing"],
                1 => texts["DeleteAll.DoneOne"],
                _ => texts.Get("DeleteAll.Done", count),
            };
            return await ListAsync(turn, notice, cancellationToken);
        });

    /// <summary>A button whose data no longer fits (or was forged): the list again, saying the reflection is gone.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        AnswerAsync(turn, () => ListAsync(turn, texts["Mine.Gone"], cancellationToken));

    private async Task<InvokeResponse> AnswerAsync(TurnContext turn, Func<Task<AdaptiveCard>> card) =>
        turn.Activity.IsPersonal()
            ? AdaptiveCardInvokeResponse.Card(await card())
            : AdaptiveCardInvokeResponse.Message(texts["Mine.OnlyPersonal"]);

    private async Task<AdaptiveCard> ListAsync(TurnContext turn, string? notice, CancellationToken cancellationToken)
    {
        var since = clock.Now.AddDays(-Days);
        var reflections = await store.ListSinceAsync(turn.Actor().TeamsId, since, cancellationToken);
        var submitted = reflections.Where(r => r is { State: ReflectionState.Submitted, Answers: not null }).ToList();
        return MyReflectionsCard.Build(submitted, labels, texts, notice);
    }
}
