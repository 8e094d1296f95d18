package org.fordra.invoice;

import java.net.URI;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices in collections: registering one starts its case; reading shows where it stands. */
@RestController
class InvoiceController {

  static final int MAX_PAGE_SIZE = 200;

  record InvoicePage(List<InvoiceView> content, PageInfo page) {}

  record PageInfo(int size, int number, long totalElements, int totalPages) {}

  private final InvoiceViews views;

  InvoiceController(InvoiceViews views) {
    this.views = views;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/invoices")
  ResponseEntity<InvoiceView> register(@RequestBody NewInvoice request) {
    InvoiceView registered = views.register(request);
    return ResponseEntity.created(URI.create("/api/invoices/" + registered.number()))
        .body(registered);
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/invoices/{number}")
  InvoiceView invoice(@PathVariable String number) {
    return view(number);
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/invoices")
  InvoicePage invoices(
      @RequestParam(required = false) InvoiceStatus status,
      @RequestParam(required = false) Long customerId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw new InvalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    Page<InvoiceView> found =
        views.search(status, customerId, PageRequest.of(page, size, Sort.by("id")));
    return new InvoicePage(
        found.getContent(),
        new PageInfo(size, page, found.getTotalElements(), found.getTotalPages()));
  }

  private InvoiceView view(String number) {
    return views.of(number).orElseThrow(() -> new NotFound("No invoice " + number));
  }
}
