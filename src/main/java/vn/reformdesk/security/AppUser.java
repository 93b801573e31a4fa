package vn.reformdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    private String displayName;
    private String role;
    @Column(name = "unit_id")
    private @Nullable Long unitId;
    private boolean enabled = true;
    @Column(name = "session_epoch")
    private int sessionEpoch;
    private @Nullable String email;
    /** The language of the user's e-mails: {@code vi} or {@code en}, the last one chosen in the application. */
    private String language = "vi";
    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String displayName, String role, @Nullable Long unitId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getRole() {
        return role;
    }

    @Nullable Long getUnitId() {
        return unitId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setUnitId(@Nullable Long unitId) {
        this.unitId = unitId;
    }

    @Nullable String getEmail() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            endSessions();
        }
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Open sessions of this account end at their next request. */
    void endSessions() {
        sessionEpoch++;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        endSessions();
    }

    void setRoleAndUnit(String role, @Nullable Long unitId) {
        if (!role.equals(this.role) || !java.util.Objects.equals(unitId, this.unitId)) {
            this.role = role;
            this.unitId = unitId;
            endSessions();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
