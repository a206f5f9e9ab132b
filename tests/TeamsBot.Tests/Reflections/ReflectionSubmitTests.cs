using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reflections.ReflectionHost;

namespace TeamsBot.Tests.Reflections;

/// <summary>Saving a form: the summary, the problems sent back with what was typed, and the private text kept private.</summary>
public sealed class ReflectionSubmitTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ReflectionSubmitTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task Submit_ValidForm_ReplacesItWithTheSummaryWithoutThePrivateText()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();

        var summary = (await _client.SubmitAsync(Filled(formId, "Hyldebærsaft-tanker efter samtalen"))).AnsweredCard();

        var text = summary.AllText();
        Assert.Equal("Tak for din refleksion", (string?)summary["body"]![0]!["text"]);
        Assert.Contains("del af at lære", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hyldebærsaft", summary.Json(), StringComparison.Ordinal);
        Assert.Contains("Gemt krypteret, kun for dig · ikke delt", summary.Json(), StringComparison.Ordinal);
        Assert.Empty(summary.Inputs());
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
        Assert.Equal(("Submitted", "phone", 25, "parenting,loneliness"), (row.GetString("State"), row.GetString("ContactForm"), row.GetInt32("Minutes"), row.GetString("Topics")));
    }

    [Fact]
    public async Task Submit_PrivateText_IsEncryptedAtRestAndReadableByItsOwner()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();

        await _client.SubmitAsync(Filled(formId, "Rabarbergrød og en tung samtale"));

        var row = Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
        Assert.DoesNotContain(row, p => p.Value?.ToString()?.Contains("Rabarbergrød", StringComparison.OrdinalIgnoreCase) == true);
        var stored = await Store.GetAsync(Anna, formId, default);
        Assert.Equal("Rabarbergrød og en tung samtale", Protection.Reveal(stored!));
    }

    [Fact]
    public async Task Submit_ChildConcern_ShowsTheDutyToReportAndTalkToSomeoneNow()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var data = Filled(formId);
        data[ReflectionInputs.ChildConcern] = "true";

        var summary = (await _client.SubmitAsync(data)).AnsweredCard();

        Assert.Contains("Underretningspligt", summary.AllText(), StringComparison.Ordinal);
        var talk = summary.ButtonData(ReflectionVerbs.TalkNow);
        var shown = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.TalkNow, talk, inChannel: false))).AnsweredCard();
        Assert.Contains("Bagvagt Birgit", shown.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SparringNeed_IsRecordedAndTheContactShown()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var data = Filled(formId);
        data[ReflectionInputs.Sparring] = "laterInShift";

        var summary = (await _client.SubmitAsync(data)).AnsweredCard();

        Assert.Contains("Bagvagt Birgit", summary.AllText(), StringComparison.Ordinal);
        Assert.Equal("laterInShift", Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetString("Sparring"));
    }

    [Fact]
    public async Task Submit_Invalid_ReturnsTheFormWithEachProblemAndEverythingTyped()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        var data = Filled(formId, "Noget jeg vil huske");
        data[ReflectionInputs.ContactForm] = "";
        data[ReflectionInputs.Minutes] = "300";
        data[ReflectionInputs.Share] = "true";

        var form = (await _client.SubmitAsync(data)).AnsweredCard();

        var text = form.AllText();
        Assert.Contains("Vælg, hvordan samtalen foregik: telefon, chat, video eller fremmøde.", text, StringComparison.Ordinal);
        Assert.Contains("Skriv et tal fra 1 til 240 minutter.", text, StringComparison.Ordinal);
        var inputs = form.Inputs();
        Assert.Equal(("parenting,loneliness", "gp", "3", "Noget jeg vil huske", "true", "300"),
            (inputs["topics"], inputs["referrals"], inputs["feeling"], inputs["private"], inputs["share"], inputs["minutes"]));
        Assert.Equal(formId, form.FormId());
        Assert.Equal("Issued", Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetString("State"));
    }

    [Theory]
    [InlineData("cpr", "et CPR-nummer")]
    [InlineData("phone", "et telefonnummer")]
    [InlineData("email", "en mailadresse")]
    public async Task Submit_CallerIdentifier_NamesTheKindMasksItAndStoresAndLogsNothing(string kind, string named)
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        // Built from parts, so no whole identifier sits in the source or in a test name.
        var identifier = kind switch
        {
            "cpr" => string.Concat("0707", "91-", "1234"),
            "phone" => string.Join(" ", "31", "41", "59", "26"),
            _ => string.Concat("mor.til.to", "@", "example.org"),
        };

        var form = (await _client.SubmitAsync(Filled(formId, $"Hun sagde {identifier} til mig."))).AnsweredCard();

        Assert.Contains($"Teksten ser ud til at indeholde {named}", form.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(identifier, form.Json(), StringComparison.Ordinal);
        Assert.Equal("Hun sagde *** til mig.", form.Inputs()["private"]);
        Assert.Equal("Issued", Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetString("State"));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Message.Contains(identifier, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_Refused_TheStoredInvokeAnswerHoldsNoPlainPrivateText()
    {
        var data = Filled((await _client.RequestFormAsync(_bot)).FormId(), "Solbærtanker efter samtalen");
        data[ReflectionInputs.Minutes] = "";

        var form = (await _client.SubmitAsync(data)).AnsweredCard();

        Assert.Equal("Solbærtanker efter samtalen", form.Inputs()["private"]);
        var stored = await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable);
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored.SelectMany(r => r), p => p.Value?.ToString()?.Contains("Solbær", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable), r => r.ContainsKey("PrivateText"));
    }

    [Fact]
    public async Task Submit_SavedOrRefused_NeverLogsTheFormsContents()
    {
        var saved = Filled((await _client.RequestFormAsync(_bot)).FormId(), "Kvædesyltetøj-refleksion");
        saved[ReflectionInputs.Topics] = "violence";
        _bot.Time.Advance(TimeSpan.FromMinutes(20)); // a second call: outside the double-click window
        var refused = Filled((await _client.RequestFormAsync(_bot)).FormId(), "Kvædesyltetøj igen");
        refused[ReflectionInputs.Minutes] = "987654"; // Out of range; long enough not to turn up by chance in a random table prefix, as 999 once did.

        await _client.SubmitAsync(saved);
        await _client.SubmitAsync(refused);

        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2703);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2704);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Message.Contains("Kvædesyltetøj", StringComparison.OrdinalIgnoreCase)
            || l.Message.Contains("violence", StringComparison.Ordinal)
            || l.Message.Contains("987654", StringComparison.Ordinal)
            || (l.Exception?.ToString().Contains("Kvædesyltetøj", StringComparison.OrdinalIgnoreCase) ?? false));
    }

    private IReflectionStore Store => _bot.Services.GetRequiredService<IReflectionStore>();

    private PrivateTextProtection Protection => _bot.Services.GetRequiredService<PrivateTextProtection>();
}
