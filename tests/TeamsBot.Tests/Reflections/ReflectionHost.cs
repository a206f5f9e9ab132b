using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Reflections;

/// <summary>What the reflection host tests do again and again: ask for a form, find it, fill it in, press save.</summary>
public static class ReflectionHost
{
    public const string Anna = "29:anna";
    public const string AnnaName = "Anna Jensen";

    /// <summary>A complete, valid form, as Teams sends it: every value a string.</summary>
    public static JsonObject Filled(string formId, string privateText = "Jeg blev rørt af samtalen.") => new()
    {
        ["formId"] = formId,
        [ReflectionInputs.ContactForm] = "phone",
        [ReflectionInputs.Minutes] = "25",
        [ReflectionInputs.Topics] = "parenting,loneliness",
        [ReflectionInputs.Referrals] = "gp",
        [ReflectionInputs.ChildConcern] = "false",
        [ReflectionInputs.Feeling] = "3",
        [ReflectionInputs.Private] = privateText,
        [ReflectionInputs.Sparring] = "none",
        [ReflectionInputs.Share] = "false",
    };

    /// <summary>Types /samtale in the 1:1 chat and returns the form card that came back.</summary>
    public static async Task<JsonObject> RequestFormAsync(this HttpClient client, BotFactory bot, string user = Anna, string name = AnnaName, string locale = "da-DK")
    {
        var response = await client.PostAsync(Activities.PersonalMessage(user, name, "/samtale", locale: locale));
        Assert.True(response.IsSuccessStatusCode);
        return bot.Connector.PersonalMessages()[^1].Card();
    }

    public static string FormId(this JsonNode formCard) => (string)formCard.ButtonData(ReflectionVerbs.Submit)["formId"]!;

    /// <summary>Presses save in the 1:1 chat with <paramref name="data"/>; returns the invoke's body.</summary>
    public static async Task<JsonObject> SubmitAsync(this HttpClient client, JsonObject data, string user = Anna, string name = AnnaName, string? activityId = null, string locale = "da-DK") =>
        await client.InvokeAsync(Activities.CardAction(user, name, ReflectionVerbs.Submit, data, inChannel: false, id: activityId, locale: locale));

    public static async Task<JsonObject> InvokeAsync(this HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The card an invoke answered with; fails when it answered with something else.</summary>
    public static JsonObject AnsweredCard(this JsonObject body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    /// <summary>The message an invoke answered with (the card stays as it was).</summary>
    public static string AnsweredMessage(this JsonObject body)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        return (string)body["value"]!;
    }

    /// <summary>The card's JSON as written, with letters such as æ and · unescaped, so a search for a text finds it.</summary>
    public static string Json(this JsonNode card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Every input on a card: id → its value as the card would show it.</summary>
    public static Dictionary<string, string?> Inputs(this JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(e => (string)e["id"]!, e => e["value"]?.ToString());
}
