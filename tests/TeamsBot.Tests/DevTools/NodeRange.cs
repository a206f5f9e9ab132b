using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsBot.Tests.DevTools;

/// <summary>
/// Just enough of npm's semver ranges to read the <c>engines.node</c> fields of package-lock.json: alternatives
/// (<c>||</c>), comparators (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>^</c>, <c>~</c>), partial
/// versions and wildcards (<c>20</c>, <c>6.*</c>, <c>*</c>). Anything else throws, so a new form is noticed, not passed.
/// </summary>
public static partial class NodeRange
{
    public static bool Accepts(string range, Version node) =>
        Spaced().Replace(range.Trim(), "$1").Split("||", StringSplitOptions.TrimEntries)
            .Any(alternative => alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(c => Holds(c, node)));

    /// <summary>The lowest version a range such as <c>&gt;=20.6</c> or <c>&gt;=20.6.0</c> allows.</summary>
    public static Version Minimum(string range) =>
        Comparator().Match(range.Trim()) is { Success: true } m && m.Groups["op"].Value == ">="
            ? Parse(m.Groups["version"].Value).Low
            : throw new FormatException($"'{range}' is not of the form >=X.Y.Z");

    private static bool Holds(string comparator, Version node)
    {
        var m = Comparator().Match(comparator);
        if (!m.Success)
        {
            throw new FormatException($"Unread engines comparator '{comparator}'.");
        }

        var (low, next, exact) = Parse(m.Groups["version"].Value);
        return m.Groups["op"].Value switch
        {
            ">=" => node >= low,
            ">" => exact ? node > low : node >= next,
            "<=" => exact ? node <= low : node < next,
            "<" => node < low,
            "^" => node >= low && node < (low.Major > 0 ? new Version(low.Major + 1, 0, 0) : new Version(0, low.Minor + 1, 0)),
            "~" => node >= low && node < new Version(low.Major, low.Minor + 1, 0),
            _ => node >= low && (exact ? node == low : node < next),
        };
    }

    /// <summary>A partial version: its lowest full version, the first version above it, and whether it was complete.</summary>
    private static (Version Low, Version Next, bool Exact) Parse(string text)
    {
        var parts = text.Split('.').TakeWhile(p => p is not ("x" or "X" or "*" or "")).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            0 => (new Version(0, 0, 0), new Version(int.MaxValue, 0, 0), false),
            1 => (new Version(parts[0], 0, 0), new Version(parts[0] + 1, 0, 0), false),
            2 => (new Version(parts[0], parts[1], 0), new Version(parts[0], parts[1] + 1, 0), false),
            _ => (new Version(parts[0], parts[1], parts[2]), new Version(parts[0], parts[1], parts[2] + 1), true),
        };
    }

    [GeneratedRegex(@"(>=|<=|>|<|=|\^|~)\s+")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^(?<op>>=|<=|>|<|=|\^|~)?v?(?<version>\*|[0-9xX*]+(\.[0-9xX*]+){0,2})$")]
    private static partial Regex Comparator();
}
