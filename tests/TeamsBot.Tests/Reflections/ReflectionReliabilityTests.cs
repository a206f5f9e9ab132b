using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reflections.ReflectionHost;

namespace TeamsBot.Tests.Reflections;

/// <summary>One reflection per form, whatever Teams, a double click, a forged id or storage does.</summary>
public sealed class ReflectionReliabilityTests : IDisposable
{
    private readonly StorageFaults _faults = new();
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public ReflectionReliabilityTests()
    {
        _bot = new BotFactory(storageFaults: _faults);
        _client = _bot.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
        _faults.Dispose();
    }

    private async Task<List<Azure.Data.Tables.TableEntity>> RowsAsync() => await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable);

    [Fact]
    public async Task Submit_SameActivityDeliveredTwice_StoresOneAndAnswersTheSame()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();

        var first = await _client.SubmitAsync(Filled(formId), activityId: "submit-1");
        var again = await _client.SubmitAsync(Filled(formId), activityId: "submit-1");

        Assert.Equal(first.Json(), again.Json());
        Assert.Equal("Submitted", Assert.Single(await RowsAsync()).GetString("State"));
        Assert.DoesNotContain("allerede gemt", again.AnsweredCard().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SameActivityDeliveredTwiceAtTheSameMoment_StoresOneAndAnswersBothAlike()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();

        var answers = await Task.WhenAll(
            _client.SubmitAsync(Filled(formId), activityId: "submit-twin"),
            _client.SubmitAsync(Filled(formId), activityId: "submit-twin"));

        Assert.Equal(answers[0].Json(), answers[1].Json());
        Assert.DoesNotContain("allerede gemt", answers[1].AnsweredCard().AllText(), StringComparison.Ordinal);
        Assert.Equal("Submitted", Assert.Single(await RowsAsync()).GetString("State"));
    }

    [Fact]
    public async Task Submit_Pressed_TakesNoProcessedOnceClaimSoNoAnswerIsStored()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var before = (await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)).Count;

        await _client.SubmitAsync(Filled(formId), activityId: "submit-unclaimed");

        Assert.Equal(before, (await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)).Count);
        Assert.Equal("Submitted", Assert.Single(await RowsAsync()).GetString("State"));
    }

    [Fact]
    public async Task Submit_TwoPressesWithDifferentActivityIds_StoresTheFirstAndTellsTheSecondItWasSaved()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var second = Filled(formId, "Anden version");
        second[ReflectionInputs.Minutes] = "90";

        await _client.SubmitAsync(Filled(formId));
        var answer = (await _client.SubmitAsync(second)).AnsweredCard();

        Assert.Contains("Den her refleksion var allerede gemt.", answer.AllText(), StringComparison.Ordinal);
        Assert.Contains("25 min.", answer.Json(), StringComparison.Ordinal);
        Assert.Equal(25, Assert.Single(await RowsAsync()).GetInt32("Minutes"));
    }

    [Fact]
    public async Task Submit_TenPressesAtOnce_StoresOne()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _client.SubmitAsync(Filled(formId))));

        Assert.All(answers, a => Assert.Equal("Tak for din refleksion", (string?)a.AnsweredCard()["body"]![0]!["text"]));
        Assert.Single(answers, a => !a.AnsweredCard().AllText().Contains("allerede gemt", StringComparison.Ordinal));
        Assert.Equal("Submitted", Assert.Single(await RowsAsync()).GetString("State"));
    }

    [Fact]
    public async Task Submit_SomeoneElsesFormId_IsRefusedAndNothingIsStored()
    {
        var annasForm = (await _client.RequestFormAsync(_bot)).FormId();

        var answer = await _client.SubmitAsync(Filled(annasForm), user: "29:bo", name: "Bo Hansen");

        Assert.Equal("Den formular er ikke din, så jeg har ikke gemt noget. Skriv /samtale for at få din egen.", answer.AnsweredMessage());
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(("Issued", "29:anna"), (row.GetString("State"), row.GetString("CounsellorId")));
    }

    [Fact]
    public async Task Submit_IncompleteAnswersOnSomeoneElsesOrASavedForm_SaysWhyItCannotBeSavedInsteadOfTheProblems()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var incomplete = Filled(formId);
        incomplete[ReflectionInputs.Minutes] = "";

        var bos = await _client.SubmitAsync(incomplete, user: "29:bo", name: "Bo Hansen");
        await _client.SubmitAsync(Filled(formId));
        var withoutMinutes = Filled(formId);
        withoutMinutes.Remove(ReflectionInputs.Minutes);
        var again = (await _client.SubmitAsync(withoutMinutes)).AnsweredCard();

        Assert.Contains("ikke din", bos.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Contains("allerede gemt", again.AllText(), StringComparison.Ordinal);
        Assert.Equal(25, Assert.Single(await RowsAsync()).GetInt32("Minutes"));
    }

    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("../../Shifts")]
    public async Task Submit_FormIdNeverIssued_IsRefusedAndNothingIsStored(string forged)
    {
        var answer = await _client.SubmitAsync(Filled(forged));

        Assert.Contains("ikke din", answer.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Submit_WithoutAFormId_IsRefusedAsUnreadable()
    {
        var data = Filled("x");
        data.Remove("formId");

        var answer = await _client.SubmitAsync(data);

        Assert.Contains("kan ikke læse", answer.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Submit_DeletedReflectionsForm_IsToldItWasDeletedAndNothingIsStored()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.SubmitAsync(Filled(formId));
        await _bot.Services.GetRequiredService<IReflectionStore>().DeleteAsync(Anna, formId, _bot.Time.GetUtcNow(), default);

        var answer = await _client.SubmitAsync(Filled(formId, "Igen"));

        Assert.Contains("slettet", answer.AnsweredMessage(), StringComparison.Ordinal);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal("Deleted", row.GetString("State"));
        Assert.Null(row.GetString("PrivateText"));
    }

    [Fact]
    public async Task Submit_StorageDown_ReturnsTheFormSayingNothingWasSavedWithEverythingTyped()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        _faults.FailWhen(r => r.RequestUri!.AbsolutePath.Contains(ReflectionsFeature.ReflectionsTable, StringComparison.Ordinal));

        var form = (await _client.SubmitAsync(Filled(formId, "Det jeg skrev"))).AnsweredCard();

        _faults.FailWhen(null);
        Assert.Contains("Intet blev gemt", form.AllText(), StringComparison.Ordinal);
        var inputs = form.Inputs();
        Assert.Equal(("phone", "25", "parenting,loneliness", "Det jeg skrev"), (inputs["contactForm"], inputs["minutes"], inputs["topics"], inputs["private"]));
        Assert.Equal(formId, form.FormId());
        Assert.Equal("Issued", Assert.Single(await RowsAsync()).GetString("State"));
        var retried = (await _client.SubmitAsync(Filled(formId))).AnsweredCard();
        Assert.Equal("Tak for din refleksion", (string?)retried["body"]![0]!["text"]);
    }

    [Fact]
    public async Task OpenFormPress_ShowsTheFormThenTheSummaryAndRefusesOthers()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        JsonObject Open() => new() { ["formId"] = formId };

        var unfinished = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.OpenForm, Open(), inChannel: false))).AnsweredCard();
        await _client.SubmitAsync(Filled(formId));
        var saved = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.OpenForm, Open(), inChannel: false))).AnsweredCard();
        var bos = await _client.InvokeAsync(Activities.CardAction("29:bo", "Bo Hansen", ReflectionVerbs.OpenForm, Open(), inChannel: false));

        Assert.Equal(9, unfinished.Inputs().Count);
        Assert.Equal("Tak for din refleksion", (string?)saved["body"]![0]!["text"]);
        Assert.Contains("ikke din", bos.AnsweredMessage(), StringComparison.Ordinal);
    }
}
