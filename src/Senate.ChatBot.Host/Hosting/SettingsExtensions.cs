namespace Senate.ChatBot.Host.Hosting;

internal static class SettingsExtensions
{
    /// <summary>Reads a setting that the service cannot run without, naming it as an operator sets it.</summary>
    public static string GetRequiredSetting(this IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The setting {key.Replace(":", "__", StringComparison.Ordinal)} is missing. " +
                "Set it as an environment variable (or a user secret in development).");
        }

        return value;
    }
}
