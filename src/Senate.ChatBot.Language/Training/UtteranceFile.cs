using System.Security.Cryptography;
using System.Text;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Training;

/// <summary>
/// Reads utterance files: one "utterance&lt;TAB&gt;intent" per line; blank lines and lines starting with '#'
/// are skipped. An unknown intent or a line without a tab is an error naming the file and line.
/// </summary>
public static class UtteranceFile
{
    public static IReadOnlyList<LabeledUtterance> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var result = new List<LabeledUtterance>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || !Intents.All.Contains(parts[1].Trim()))
            {
                throw new FormatException($"{path}:{i + 1}: expected \"utterance<TAB>intent\" with one of: {string.Join(", ", Intents.All)}");
            }

            result.Add(new LabeledUtterance(parts[0].Trim(), parts[1].Trim()));
        }

        return result;
    }

    /// <summary>Every *.tsv file in a folder, in name order.</summary>
    public static IReadOnlyList<LabeledUtterance> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(Read)];

    /// <summary>A fingerprint of the utterances, so a shipped model can be checked against the data it claims.</summary>
    public static string Fingerprint(IEnumerable<LabeledUtterance> utterances)
    {
        var text = string.Join('\n', utterances.Select(u => u.Text + "\t" + u.Intent));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
