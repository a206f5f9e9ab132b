using System.Text.Json;
using Azure.Data.Tables;
using Bot.Protocol.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Shifts;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Protection;

/// <summary>The invoke answers kept for redeliveries are encrypted at rest, and rows from before that still read.</summary>
public sealed class InvokeAnswerEncryptionTests
{
    // A name only the answer card carries: the check-in press answers with the board, which lists the presser.
    private const string Distinctive = "Quirina Zebedæussen";

    [Fact]
    public async Task CardPress_StoredAnswer_HoldsNoPlainTextOfTheCard()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        var press = Activities.CardAction("29:quirina", Distinctive, ShiftVerbs.CheckIn, id: "invoke-secret-1");

        var first = await (await client.PostAsync(press)).Content.ReadAsStringAsync();

        Assert.Contains(Distinctive, first, StringComparison.Ordinal);
        var row = Assert.Single(await bot.StoredEntitiesAsync(StorageFeature.ProcessedActivitiesTable));
        Assert.True(row.ContainsKey("ProtectedResponseBody"));
        Assert.False(row.ContainsKey("ResponseBody"));
        Assert.All(row.Select(p => p.Value).OfType<string>(), value =>
        {
            Assert.DoesNotContain(Distinctive, value, StringComparison.Ordinal);
            Assert.DoesNotContain("Zebed", value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CardPress_DeliveredTwice_RedeliveryGetsTheFirstAnswerDecrypted()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        var press = Activities.CardAction("29:quirina", Distinctive, ShiftVerbs.CheckIn, id: "invoke-secret-2");
        var first = JsonDocument.Parse(await (await client.PostAsync(press)).Content.ReadAsStringAsync());

        var again = JsonDocument.Parse(await (await client.PostAsync(press)).Content.ReadAsStringAsync());

        Assert.Equal(first.RootElement.GetRawText(), again.RootElement.GetRawText());
        Assert.Contains(Distinctive, again.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryClaimAsync_RowWrittenBeforeEncryption_PlainAnswerStillRead()
    {
        var tables = await TestTables.CreateAsync(StorageFeature.ProcessedActivitiesTable);
        var store = new ProcessedActivityTableStore(tables, new FakeTimeProvider(DateTimeOffset.UnixEpoch),
            new InvokeAnswerProtection(new EphemeralDataProtectionProvider(), NullLogger<InvokeAnswerProtection>.Instance));
        var key = new ActivityKey("msteams", "a:personal-29:anna", "invoke-old-1");
        await tables.Get(StorageFeature.ProcessedActivitiesTable).AddEntityAsync(new TableEntity(
            KeyEncoding.Encode($"{key.ChannelId}|{key.ConversationId}"), KeyEncoding.Encode(key.ActivityId))
        {
            ["Status"] = "done",
            ["ClaimedAt"] = DateTimeOffset.UnixEpoch,
            ["ResponseStatus"] = 200,
            ["ResponseBody"] = """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Gemt før kryptering"}""",
        });

        var claim = await store.TryClaimAsync(key, default);

        Assert.True(claim.IsDuplicate);
        Assert.Equal(200, claim.PreviousResponse!.Status);
        Assert.Equal("Gemt før kryptering", ((JsonElement)claim.PreviousResponse.Body!).GetProperty("value").GetString());
    }

    [Fact]
    public async Task TryClaimAsync_AnswerKeyLost_DuplicateWithoutAnswerAndNoError()
    {
        var tables = await TestTables.CreateAsync(StorageFeature.ProcessedActivitiesTable);
        var key = new ActivityKey("msteams", "a:personal-29:anna", "invoke-lost-1");
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var before = new ProcessedActivityTableStore(tables, time, new InvokeAnswerProtection(new EphemeralDataProtectionProvider(), NullLogger<InvokeAnswerProtection>.Instance));
        await before.CompleteAsync(await before.TryClaimAsync(key, default), Bot.Protocol.Invoke.AdaptiveCardInvokeResponse.Message("hej"), default);
        // Another key ring: what happens when the keys are gone.
        var after = new ProcessedActivityTableStore(tables, time, new InvokeAnswerProtection(new EphemeralDataProtectionProvider(), NullLogger<InvokeAnswerProtection>.Instance));

        var claim = await after.TryClaimAsync(key, default);

        Assert.True(claim.IsDuplicate);
        Assert.Null(claim.PreviousResponse);
    }
}
