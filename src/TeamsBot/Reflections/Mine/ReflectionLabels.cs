using System.Globalization;
using Microsoft.Extensions.Options;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections.Mine;

/// <summary>How a reflection's answers read on the counsellor's and the coordinator's cards, in the current culture.</summary>
/// <param name="referrals">The referral choices offered now (configured, else the guidance directory's, else the defaults); without it, as configured.</param>
public sealed class ReflectionLabels(IOptions<ReflectionOptions> options, OrganisationClock clock, Texts<Strings> texts, ReflectionReferrals? referrals = null)
{
    public const string Separator = " · ";

    public string ContactForm(ContactForm form) => texts[$"ContactForm.{form}"];

    public string Sparring(SparringNeed need) => texts[$"Sparring.{need}"];

    /// <summary>The topics' titles as configured, in the configured order; a value no longer configured as itself.</summary>
    public string Topics(IReadOnlyList<string> values) => Titles(options.Value.EffectiveTopics, values);

    /// <summary>The referrals' titles; a value no longer offered reads as its old default title, else as itself.</summary>
    public string Referrals(IReadOnlyList<string> values)
    {
        if (referrals is null)
        {
            return Titles(options.Value.EffectiveReferrals, values);
        }

        var titles = values.OrderBy(referrals.Order).Select(v => referrals.Title(v, CultureInfo.CurrentCulture)).ToList();
        return titles.Count == 0 ? "–" : string.Join(", ", titles);
    }

    /// <summary>A topic's title, for counts keyed by value.</summary>
    public string Topic(string value) => options.Value.EffectiveTopics.FirstOrDefault(t => t.Value == value)?.Title(CultureInfo.CurrentCulture) ?? value;

    /// <summary>The configured order of topics, for lists that should read as the form does.</summary>
    public int TopicOrder(string value) => options.Value.EffectiveTopics.ToList().FindIndex(t => t.Value == value) is var i and >= 0 ? i : int.MaxValue;

    public string YesNo(bool value) => texts[value ? "Answer.Yes" : "Answer.No"];

    /// <summary>"tir. 24. nov." in Danish, "Tue 24 Nov" in English: the local day of <paramref name="instant"/>.</summary>
    public string Day(DateTimeOffset instant) =>
        clock.Local(instant).ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "ddd d. MMM" : "ddd d MMM", CultureInfo.CurrentCulture);

    public string Time(DateTimeOffset instant) => Texts.Time(clock.Local(instant));

    /// <summary>"tir. 24. nov. kl. 17.05": when the form was sent, i.e. when the call ended.</summary>
    public string When(DateTimeOffset instant) => texts.Get("Answer.When", Day(instant), Time(instant));

    private static string Titles(IReadOnlyList<ReflectionChoice> choices, IReadOnlyList<string> values)
    {
        var culture = CultureInfo.CurrentCulture;
        var titles = values.OrderBy(v => choices.ToList().FindIndex(c => c.Value == v) is var i and >= 0 ? i : int.MaxValue)
            .Select(v => choices.FirstOrDefault(c => c.Value == v)?.Title(culture) ?? v).ToList();
        return titles.Count == 0 ? "–" : string.Join(", ", titles);
    }
}
