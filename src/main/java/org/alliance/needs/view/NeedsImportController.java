package org.alliance.needs.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliance.identity.AllianceUser;
import org.alliance.needs.IndicatorImports;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /needs/imports}: commissioners, the alliance manager and data leads upload the files
 * public health teams download (the profiles' export, population estimates), imported all or
 * nothing as the command does, with every bad row's line on the page.
 */
@Controller
class NeedsImportController {

  private final IndicatorImports imports;

  NeedsImportController(IndicatorImports imports) {
    this.imports = imports;
  }

  @GetMapping("/needs/imports")
  String page(Model model) {
    model.addAttribute("recent", imports.recent(20));
    return "needs/imports";
  }

  @PostMapping("/needs/imports")
  String upload(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("problems", List.of("Select a CSV file to import"));
      return page(model);
    }
    String name = fileName(file);
    IndicatorImports.Report report;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                file.getInputStream(),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16)) {
      report = imports.importFile(name, in, user.username());
    } catch (CharacterCodingException notUtf8) {
      model.addAttribute(
          "problems", List.of(name + " is not UTF-8 text: save it as CSV UTF-8 and try again"));
      return page(model);
    }
    if (!report.imported()) {
      model.addAttribute("problems", report.lines().subList(1, report.lines().size()));
      model.addAttribute("refused", report.lines().get(0));
      return page(model);
    }
    model.addAttribute("imported", report.lines());
    return page(model);
  }

  /** The file's own name, with no path and only plain characters. */
  private static String fileName(MultipartFile file) {
    String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    String last =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    String plain = last.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    return plain.isEmpty() ? "upload.csv" : plain.substring(0, Math.min(plain.length(), 80));
  }
}
