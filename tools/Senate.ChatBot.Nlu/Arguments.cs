using System.Globalization;

namespace Senate.ChatBot.Nlu;

/// <summary>Positional arguments and "--name value" / "--flag" options.</summary>
internal sealed record Arguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    public static Arguments Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[args[i][2..]] = hasValue ? args[++i] : "true";
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new Arguments(positional, options);
    }

    public string? this[string option] => Options.GetValueOrDefault(option);

    public bool Has(string option) => Options.ContainsKey(option);

    public double Number(string option, double fallback) =>
        this[option] is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
