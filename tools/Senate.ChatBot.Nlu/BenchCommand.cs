using System.Diagnostics;
using System.Globalization;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.Nlu;

/// <summary><c>nlu bench</c>: load time, then per-utterance recognition time (intent and entities) after warm-up.</summary>
internal static class BenchCommand
{
    public static int Run(Arguments args)
    {
        var culture = CultureInfo.InvariantCulture;
        var file = args.Positional.Count > 0 ? args.Positional[0] : Repository.HeldOutSet;
        var rounds = (int)args.Number("rounds", 20);
        var texts = UtteranceFile.Read(file).Select(u => u.Text).ToList();
        var today = new DateOnly(2026, 11, 26);

        var clock = Stopwatch.StartNew();
        var recognizer = Recognizers.Shipped();
        var load = clock.Elapsed;
        clock.Restart();
        recognizer.Recognize(texts[0], today);
        var first = clock.Elapsed;
        foreach (var text in texts)
        {
            recognizer.Recognize(text, today);
        }

        var times = new List<double>(texts.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                recognizer.Recognize(text, today);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(culture, $"model load {load.TotalMilliseconds:0} ms, first recognition {first.TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(culture,
            $"{times.Count} recognitions of {texts.Count} utterances: median {Percentile(times, 0.50):0.000} ms, p95 {Percentile(times, 0.95):0.000} ms, p99 {Percentile(times, 0.99):0.000} ms, max {times[^1]:0.000} ms"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
