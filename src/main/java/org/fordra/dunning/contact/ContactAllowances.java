package org.fordra.dunning.contact;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores the ladder contacts let through; {@link CustomerContacts} reads them with the rest. */
interface ContactAllowances extends JpaRepository<ContactAllowance, Long> {}
