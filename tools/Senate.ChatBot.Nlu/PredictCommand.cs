using System.Globalization;
using Senate.ChatBot.Language.Entities.Dates;

namespace Senate.ChatBot.Nlu;

/// <summary><c>nlu predict</c>: utterances on stdin, one JSON object per line on stdout.</summary>
internal static class PredictCommand
{
    public static int Run(Arguments args)
    {
        var now = args["now"] is { } given ? DateTimeOffset.Parse(given, CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow;
        var today = BangkokClock.Today(now);
        var recognizer = Recognizers.Shipped();
        Console.InputEncoding = System.Text.Encoding.UTF8;
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        while (Console.In.ReadLine() is { } line)
        {
            Console.Out.WriteLine(ResultJson.Write(line, recognizer.Recognize(line, today)));
        }

        return 0;
    }
}
