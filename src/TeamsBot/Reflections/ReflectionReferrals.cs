using System.Globalization;
using Microsoft.Extensions.Options;

namespace TeamsBot.Reflections;

/// <summary>
/// Where a caller can be referred, offered by another feature (the guidance directory's referral titles) when the
/// coordinator has not configured <c>Reflections:Referrals</c>. Values must be stable (they are stored with the
/// answers) and free of commas; an empty list means "nothing to offer", and the defaults apply.
/// </summary>
public interface IReflectionReferralSource
{
    IReadOnlyList<ReflectionChoice> Referrals { get; }
}

/// <summary>
/// The form's <c>referrals</c> choices, in order of precedence: the configured list (the coordinator chose it on
/// purpose), else the referral source's (the guidance directory, with "Ingen henvisning" after it), else the built-in
/// defaults. Read per form, so a reloaded directory shows on the next form.
/// </summary>
public sealed class ReflectionReferrals(IOptions<ReflectionOptions> options, IEnumerable<IReflectionReferralSource> sources)
{
    private static readonly ReflectionChoice None = ReflectionDefaults.Referrals.Single(c => c.Value == "none");

    private readonly IReflectionReferralSource[] _sources = [.. sources];

    public IReadOnlyList<ReflectionChoice> Current
    {
        get
        {
            if (options.Value.Referrals.Count > 0)
            {
                return options.Value.Referrals;
            }

            foreach (var source in _sources)
            {
                if (source.Referrals is { Count: > 0 } offered)
                {
                    return [.. offered.Where(c => c.Value != None.Value), None];
                }
            }

            return ReflectionDefaults.Referrals;
        }
    }

    /// <summary>The options with <see cref="ReflectionOptions.Referrals"/> set to <see cref="Current"/>, for the form, its validation and its summary.</summary>
    public ReflectionOptions Options => options.Value.WithReferrals(Current);

    /// <summary>
    /// A stored answer's title: from the choices offered now, else the defaults (answers saved before the directory had
    /// referrals), else the stored value itself, so an old answer always reads as something.
    /// </summary>
    public string Title(string value, CultureInfo culture) =>
        (Current.FirstOrDefault(c => c.Value == value) ?? ReflectionDefaults.Referrals.FirstOrDefault(c => c.Value == value))?.Title(culture) ?? value;

    /// <summary>Where a stored value sorts: as offered now, then unknown values last.</summary>
    public int Order(string value) => Current.ToList().FindIndex(c => c.Value == value) is var i and >= 0 ? i : int.MaxValue;
}
