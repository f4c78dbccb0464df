namespace Senate.ChatBot.Host.Desk;

/// <summary>
/// The desk's words in Thai (the default) and English. The choice is a cookie set by the language
/// toggle, so it follows the officer from page to page.
/// </summary>
internal sealed class DeskText(bool english)
{
    public const string Cookie = "desk-lang";

    private static readonly Dictionary<string, (string Thai, string English)> Words = new(StringComparer.Ordinal)
    {
        ["desk"] = ("ศูนย์รับเรื่องร้องเรียน", "Complaint desk"),
        ["senate"] = ("สำนักงานเลขาธิการวุฒิสภา", "Secretariat of the Senate"),
        ["signIn"] = ("เข้าสู่ระบบ", "Sign in"),
        ["signOut"] = ("ออกจากระบบ", "Sign out"),
        ["userName"] = ("ชื่อผู้ใช้", "User name"),
        ["password"] = ("รหัสผ่าน", "Password"),
        ["wrongPassword"] = ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "The user name or password is wrong."),
        ["lockedOut"] = ("บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผิดหลายครั้ง กรุณาลองใหม่ภายหลังหรือติดต่อผู้ดูแลระบบ", "The account is locked for a while after too many wrong passwords. Try later or ask an administrator."),
        ["tooMany"] = ("พยายามเข้าสู่ระบบบ่อยเกินไป กรุณารอสักครู่", "Too many sign-in attempts. Please wait a minute."),
        ["inbox"] = ("กล่องเรื่องร้องเรียน", "Inbox"),
        ["users"] = ("ผู้ใช้งาน", "Users"),
        ["language"] = ("English", "ภาษาไทย"),
        ["languageLabel"] = ("Switch to English", "เปลี่ยนเป็นภาษาไทย"),
        ["skip"] = ("ข้ามไปยังเนื้อหา", "Skip to content"),
        ["welcome"] = ("สวัสดี", "Hello"),
        ["denied"] = ("ท่านไม่มีสิทธิ์เปิดหน้านี้", "You do not have access to this page."),
        ["displayName"] = ("ชื่อที่แสดง", "Display name"),
        ["role"] = ("บทบาท", "Role"),
        ["status"] = ("สถานะ", "Status"),
        ["active"] = ("ใช้งาน", "Active"),
        ["disabled"] = ("ระงับ", "Disabled"),
        ["disable"] = ("ระงับบัญชี", "Disable"),
        ["enable"] = ("เปิดใช้บัญชี", "Enable"),
        ["addUser"] = ("เพิ่มผู้ใช้", "Add a user"),
        ["add"] = ("เพิ่ม", "Add"),
        ["userAdded"] = ("เพิ่มผู้ใช้แล้ว", "The user was added."),
        ["userRejected"] = ("เพิ่มไม่ได้: ชื่อนี้มีอยู่แล้ว หรือรหัสผ่านสั้นกว่า {0} ตัวอักษร", "Not added: the name is taken or the password is shorter than {0} characters."),
        ["Officer"] = ("เจ้าหน้าที่", "Officer"),
        ["Supervisor"] = ("หัวหน้างาน", "Supervisor"),
        ["Admin"] = ("ผู้ดูแลระบบ", "Administrator"),
    };

    public bool English { get; } = english;

    public string Lang => English ? "en" : "th";

    public string this[string key] => Words.TryGetValue(key, out var w) ? (English ? w.English : w.Thai) : key;

    public static DeskText For(HttpContext http) =>
        new(string.Equals(http?.Request.Cookies[Cookie], "en", StringComparison.Ordinal));
}
