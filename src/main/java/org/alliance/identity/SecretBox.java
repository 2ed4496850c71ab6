package org.alliance.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (TOTP secrets) with AES-256-GCM under a key that is never
 * in the database: {@code ALLIANCE_SECRET_KEY} (base64 of 32 bytes) if set, else a key file made
 * with owner-only permissions under the data folder on first start. A copy of the database alone
 * then gives no one's second factor. Each value is bound to what it belongs to (the associated
 * data, e.g. the user's id), so a value copied onto another row does not decrypt.
 */
@Component
class SecretBox {

  static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(
      @Value("${ALLIANCE_SECRET_KEY:}") String configuredKey,
      @Value("${alliance.data-dir}") Path dataDir) {
    byte[] bytes =
        configuredKey.isBlank()
            ? keyFile(dataDir.resolve("secret.key"))
            : Base64.getDecoder().decode(configuredKey.trim());
    if (bytes.length != 32) {
      throw new IllegalStateException("ALLIANCE_SECRET_KEY must be 32 bytes, base64-encoded");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  String encrypt(String plain, String boundTo) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a secret", e);
    }
  }

  /** The plain value; a value stored before encryption came in is returned as it is. */
  String decrypt(String stored, String boundTo) {
    if (!isEncrypted(stored)) {
      return stored;
    }
    try {
      byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored secret does not decrypt: is this the key it was encrypted with?", e);
    }
  }

  static boolean isEncrypted(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  private byte[] keyFile(Path file) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
          // Created owner-only from the start, so the key is never readable by others.
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
          return fresh;
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
          // fall through and read it
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the key file " + file, e);
    }
  }
}
