namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// Fictional member names. Every surname ends in "สาธิต" ("demonstration"), so no demo record can be
/// mistaken for a real senator.
/// </summary>
internal static class DemoNames
{
    private static readonly (string Thai, string English)[] MaleGiven =
    [
        ("สมชาย", "Somchai"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"), ("สุรชัย", "Surachai"), ("อนันต์", "Anan"),
        ("ธนากร", "Thanakorn"), ("กิตติ", "Kitti"), ("ชาญวิทย์", "Chanwit"), ("พงศกร", "Pongsakorn"), ("ณรงค์", "Narong"),
    ];

    private static readonly (string Thai, string English)[] FemaleGiven =
    [
        ("สมหญิง", "Somying"), ("วันเพ็ญ", "Wanpen"), ("สุภาพร", "Supaporn"), ("กาญจนา", "Kanchana"), ("อรุณี", "Arunee"),
        ("พรทิพย์", "Pornthip"), ("จันทร์เพ็ญ", "Chanpen"), ("ศิริพร", "Siriporn"), ("นิตยา", "Nittaya"), ("รัตนา", "Rattana"),
    ];

    private static readonly (string Thai, string English)[] SurnameStems =
    [
        ("ใจดี", "Jaidee"), ("แสงทอง", "Saengthong"), ("ศรีสุข", "Srisuk"), ("บุญมา", "Boonma"), ("รุ่งเรือง", "Rungruang"),
        ("มั่นคง", "Mankong"), ("พรหมมา", "Promma"), ("ทองคำ", "Thongkham"), ("สุขใจ", "Sukjai"), ("เจริญผล", "Charoenphon"),
    ];

    /// <summary>The n-th fictional member (n from 1): title and name in Thai and English.</summary>
    public static (string Thai, string English) Member(int n)
    {
        var female = n % 3 == 0;
        var given = female ? FemaleGiven[n % FemaleGiven.Length] : MaleGiven[n % MaleGiven.Length];
        var stem = SurnameStems[(n / 10) % SurnameStems.Length];
        var (thaiTitle, englishTitle) = (n % 17) switch
        {
            0 => ("ศาสตราจารย์", "Professor"),
            5 => ("พลเอก", "General"),
            _ => female ? (n % 2 == 0 ? ("นาง", "Mrs.") : ("นางสาว", "Miss")) : ("นาย", "Mr."),
        };
        var separator = thaiTitle.Length > 6 ? " " : "";
        return ($"{thaiTitle}{separator}{given.Thai} {stem.Thai}สาธิต", $"{englishTitle} {given.English} {stem.English}-Sathit");
    }
}
