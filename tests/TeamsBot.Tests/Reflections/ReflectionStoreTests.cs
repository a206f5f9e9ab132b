using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Protection;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Reflections;

/// <summary>The reflection store on real Azurite.</summary>
public sealed class ReflectionStoreTests
{
    private static readonly Person Anna = new("29:anna", "Anna Jensen", "aad-anna", "da-DK");
    private static readonly Person Bo = new("29:bo", "Bo Hansen", "aad-bo", "en-US");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
    private static readonly ShiftLink Shift = new("19:duty@thread.tacv2", Now.AddHours(-1).UtcTicks);

    private static ReflectionAnswers Answers(string text = "") =>
        new(ContactForm.Phone, 25, ["parenting", "divorce"], ["gp"], ChildConcern: true, Feeling: 3, SparringNeed.LaterInShift, Share: false, text);

    private static async Task<(TableReflectionStore Store, PrivateTextProtection Protection, TableClient Table)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync(ReflectionsFeature.ReflectionsTable);
        var protection = new PrivateTextProtection(new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance));
        return (new TableReflectionStore(tables, protection), protection, tables.Get(ReflectionsFeature.ReflectionsTable));
    }

    [Fact]
    public async Task IssueAsync_ThenGet_ReturnsTheIssuedForm()
    {
        var (store, _, _) = await CreateAsync();
        var issued = Reflection.Issue(Anna, Shift, Now);

        await store.IssueAsync(issued, default);

        Assert.Equal(issued, await store.GetAsync(Anna.TeamsId, issued.FormId, default));
        Assert.Equal(32, issued.FormId.Length);
    }

    [Fact]
    public async Task SubmitAsync_RowChangedSinceThisInstanceIssuedIt_SavesOnTheRowAsItIsNow()
    {
        // The store starts a save from the row it issued; a reminder marked meanwhile gave the row a new ETag.
        var (store, _, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now), default);
        Assert.True(await store.MarkRemindedAsync(Anna.TeamsId, issued.FormId, Now.AddMinutes(30), default));

        var result = await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(), Now.AddMinutes(40), "press-1", default);

        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        var stored = await store.GetAsync(Anna.TeamsId, issued.FormId, default);
        Assert.Equal((ReflectionState.Submitted, Now.AddMinutes(30), "press-1"), (stored!.State, stored.ReminderSentAt, stored.SubmittedByPress));
    }

    [Fact]
    public async Task SubmitAsync_FormIssuedByAnotherInstance_SavesAndTellsTheSamePressFromASecond()
    {
        var tables = await TestTables.CreateAsync(ReflectionsFeature.ReflectionsTable);
        var protection = new PrivateTextProtection(new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance));
        using var issuer = new TableReflectionStore(tables, protection);
        using var other = new TableReflectionStore(tables, protection);
        var issued = await issuer.IssueAsync(Reflection.Issue(Anna, Shift, Now), default);

        var first = await other.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(), Now, "press-1", default);
        var redelivered = await other.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(), Now, "press-1", default);
        var second = await other.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(), Now, "press-2", default);

        Assert.Equal(SubmitOutcome.Submitted, first.Outcome);
        Assert.Equal((SubmitOutcome.AlreadySubmitted, true), (redelivered.Outcome, redelivered.SamePress));
        Assert.Equal((SubmitOutcome.AlreadySubmitted, false), (second.Outcome, second.SamePress));
    }

    [Fact]
    public async Task GetAsync_AnotherCounsellorsFormId_IsNotFound()
    {
        var (store, _, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);

        Assert.Null(await store.GetAsync(Bo.TeamsId, issued.FormId, default));
    }

    [Fact]
    public async Task SubmitAsync_IssuedForm_StoresAnswersWithoutPlainPrivateText()
    {
        var (store, protection, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now), default);

        var result = await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers("Det var en tung samtale."), Now.AddMinutes(5), null, default);

        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        var stored = await store.GetAsync(Anna.TeamsId, issued.FormId, default);
        Assert.Equal(ReflectionState.Submitted, stored!.State);
        Assert.Equal(Now.AddMinutes(5), stored.SubmittedAt);
        Assert.Equal(Answers(), stored.Answers);
        Assert.Equal("Det var en tung samtale.", protection.Reveal(stored));
    }

    [Fact]
    public async Task SubmitAsync_RawEntity_HoldsNoPlainText()
    {
        var (store, _, table) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now), default);
        const string secret = "Moren græd, og jeg blev selv ked af det: rødspætte-hemmelighed";

        await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(secret), Now, null, default);

        var raw = await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(Anna.TeamsId), issued.FormId);
        var values = raw.Value.Select(p => p.Value?.ToString() ?? string.Empty).ToList();
        Assert.DoesNotContain(values, v => v.Contains("rødspætte", StringComparison.OrdinalIgnoreCase) || v.Contains("græd", StringComparison.OrdinalIgnoreCase));
        Assert.False(string.IsNullOrEmpty(raw.Value.GetString("PrivateText")));
    }

    [Fact]
    public async Task SubmitAsync_Twice_SecondSeesAlreadySubmittedAndFirstAnswersStand()
    {
        var (store, _, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers(), Now, null, default);

        var second = await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers() with { Minutes = 90 }, Now.AddMinutes(1), null, default);

        Assert.Equal(SubmitOutcome.AlreadySubmitted, second.Outcome);
        Assert.Equal(25, second.Reflection!.Answers!.Minutes);
        Assert.Equal(25, (await store.GetAsync(Anna.TeamsId, issued.FormId, default))!.Answers!.Minutes);
    }

    [Fact]
    public async Task SubmitAsync_TenAtOnce_ExactlyOneSubmits()
    {
        var (store, _, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers() with { Minutes = i }, Now, null, default)));

        var winner = Assert.Single(results, r => r.Outcome == SubmitOutcome.Submitted);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(SubmitOutcome.AlreadySubmitted, r.Outcome));
        Assert.Equal(winner.Reflection!.Answers!.Minutes, (await store.GetAsync(Anna.TeamsId, issued.FormId, default))!.Answers!.Minutes);
    }

    [Fact]
    public async Task SubmitAsync_SomeoneElsesOrUnknownForm_NotFoundAndNothingStored()
    {
        var (store, _, table) = await CreateAsync();
        var annas = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);

        var foreign = await store.SubmitAsync(Bo.TeamsId, annas.FormId, Answers(), Now, null, default);
        var unknown = await store.SubmitAsync(Anna.TeamsId, Guid.NewGuid().ToString("N"), Answers(), Now, null, default);

        Assert.Equal(SubmitOutcome.NotFound, foreign.Outcome);
        Assert.Equal(SubmitOutcome.NotFound, unknown.Outcome);
        Assert.Single(table.Query<TableEntity>());
        Assert.Equal(ReflectionState.Issued, (await store.GetAsync(Anna.TeamsId, annas.FormId, default))!.State);
    }

    [Fact]
    public async Task DeleteAsync_SubmittedForm_LeavesATombstoneThatCannotBeSubmitted()
    {
        var (store, _, table) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, Shift, Now), default);
        await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers("privat"), Now, null, default);

        var tombstone = await store.DeleteAsync(Anna.TeamsId, issued.FormId, Now.AddDays(1), default);
        var again = await store.SubmitAsync(Anna.TeamsId, issued.FormId, Answers("igen"), Now.AddDays(1), null, default);

        Assert.Equal(ReflectionState.Deleted, tombstone!.State);
        Assert.Null(tombstone.Answers);
        Assert.Null(tombstone.ProtectedPrivateText);
        Assert.Equal(SubmitOutcome.Deleted, again.Outcome);
        var raw = (await table.GetEntityAsync<TableEntity>(KeyEncoding.Encode(Anna.TeamsId), issued.FormId)).Value;
        Assert.All(new[] { "ContactForm", "Minutes", "Topics", "Referrals", "ChildConcern", "Feeling", "Sparring", "Share", "PrivateText" },
            key => Assert.False(raw.ContainsKey(key), key));
    }

    [Fact]
    public async Task DeleteAllAsync_DeletesOnlyThatCounsellorsSavedReflectionsAndLeavesUnfinishedForms()
    {
        var (store, _, _) = await CreateAsync();
        var a1 = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        var a2 = await store.IssueAsync(Reflection.Issue(Anna, null, Now.AddMinutes(1)), default);
        await store.SubmitAsync(Anna.TeamsId, a1.FormId, Answers("x"), Now, null, default);
        var bos = await store.IssueAsync(Reflection.Issue(Bo, null, Now), default);
        await store.SubmitAsync(Bo.TeamsId, bos.FormId, Answers("y"), Now, null, default);

        var deleted = await store.DeleteAllAsync(Anna.TeamsId, Now.AddDays(1), default);

        Assert.Equal(1, deleted);
        Assert.Equal(ReflectionState.Deleted, (await store.GetAsync(Anna.TeamsId, a1.FormId, default))!.State);
        Assert.Equal(ReflectionState.Issued, (await store.GetAsync(Anna.TeamsId, a2.FormId, default))!.State);
        Assert.Equal(ReflectionState.Submitted, (await store.GetAsync(Bo.TeamsId, bos.FormId, default))!.State);
        Assert.Equal(0, await store.DeleteAllAsync(Anna.TeamsId, Now.AddDays(2), default));
    }

    [Fact]
    public async Task Store_FormIdThatIsNoFormId_NotFoundWithoutAStorageCall()
    {
        var (store, _, _) = await CreateAsync();
        var tooLong = new string('a', 2000); // over the table's key limit: a storage call would fail, not say "not found"

        Assert.Null(await store.GetAsync(Anna.TeamsId, tooLong, default));
        Assert.Equal(SubmitOutcome.NotFound, (await store.SubmitAsync(Anna.TeamsId, tooLong, Answers(), Now, "p", default)).Outcome);
        Assert.False(await store.MarkRemindedAsync(Anna.TeamsId, "../x", Now, default));
        Assert.Null(await store.DeleteAsync(Anna.TeamsId, tooLong, Now, default));
    }

    [Fact]
    public async Task MarkRemindedAsync_OnlyFirstCallOnAnIssuedFormMarks()
    {
        var (store, _, _) = await CreateAsync();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        var submitted = await store.IssueAsync(Reflection.Issue(Anna, null, Now), default);
        await store.SubmitAsync(Anna.TeamsId, submitted.FormId, Answers(), Now, null, default);

        var first = await store.MarkRemindedAsync(Anna.TeamsId, issued.FormId, Now.AddMinutes(30), default);
        var second = await store.MarkRemindedAsync(Anna.TeamsId, issued.FormId, Now.AddMinutes(31), default);
        var afterSubmit = await store.MarkRemindedAsync(Anna.TeamsId, submitted.FormId, Now.AddMinutes(30), default);

        Assert.True(first);
        Assert.False(second);
        Assert.False(afterSubmit);
        Assert.Equal(Now.AddMinutes(30), (await store.GetAsync(Anna.TeamsId, issued.FormId, default))!.ReminderSentAt);
    }
}
