using TeamsBot.Reflections;

namespace TeamsBot.Guidance;

/// <summary>
/// The reflection form's "Henvist til" choices from the directory's referrals, by title. Each choice's value is the
/// entry's id (its file path without <c>.md</c>): stable across reloads and edits of the title, so stored answers
/// keep meaning the same service; one whose file is gone reads as its stored value.
/// </summary>
public sealed class GuidanceReferralChoices(IGuidanceDirectory directory) : IReflectionReferralSource
{
    private (long Version, IReadOnlyList<ReflectionChoice> Choices) _cached = (-1, []);

    public IReadOnlyList<ReflectionChoice> Referrals
    {
        get
        {
            var snapshot = directory.Current;
            var cached = _cached;
            if (cached.Version == snapshot.Version)
            {
                return cached.Choices;
            }

            IReadOnlyList<ReflectionChoice> choices =
            [
                .. snapshot.OfKind(GuidanceKind.Referral)
                    .Select(e => new ReflectionChoice(ValueOf(e), e.Title.Trim(), e.Title.Trim()))
                    .Where(c => c.Value.Length > 0 && c.Da!.Length > 0)
                    .DistinctBy(c => c.Value, StringComparer.Ordinal)
                    .OrderBy(c => c.Da, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true)),
            ];
            _cached = (snapshot.Version, choices);
            return choices;
        }
    }

    /// <summary>The stored value for <paramref name="entry"/>: a multi-select joins values with commas, so none may hold one.</summary>
    public static string ValueOf(GuidanceEntry entry)
    {
        var id = entry.Id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? entry.Id[..^3] : entry.Id;
        return id.Replace(',', '-').Trim();
    }
}
